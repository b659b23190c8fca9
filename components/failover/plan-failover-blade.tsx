'use client';

import { DrawerBody, Field, Input, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { PlanBladeShell } from '@/components/operations/plan-blade-shell';
import { PlanOperationForm } from '@/components/operations/plan-operation-form';
import { useOperationSubmit } from '@/components/operations/use-operation-submit';
import { PLAN_FAILOVER_COMMAND_FOCUS } from '@/components/recovery-plans/plan-links';
import { ReasonText } from '@/components/reprotect/reason-text';
import { PlanSkippedMachines } from '@/components/recovery-plans/plan-skipped-machines';
import { LocalTime } from '@/components/shell/local-time';
import { Notice } from '@/components/shell/notice';
import { failoverRecoveryPlanAction } from '@/lib/actions/failback';
import { pluralize } from '@/lib/domain/plural';
import { dataLossLabel } from '@/lib/domain/failover/evaluate';
import type { FailoverFacts, RecoveryPointChoiceType } from '@/lib/domain/failover/facts';
import { evaluatePlanFailover, planGroupPoints } from '@/lib/domain/failover/plan';
import type { PlanBladeData } from '@/lib/schemas/plan-operations';
import { planFailoverInputSchema } from '@/lib/schemas/failover';
import { PlanGroupPoints, PlanRecoveryPointField } from './plan-recovery-points';

interface PlanFailoverBladeProps {
  data: PlanBladeData<FailoverFacts>;
  vaultName: string;
  closeHref: string;
}

/** The Failover blade of a recovery plan: one recovery point type, a row per machine with its point and what blocks it. */
export function PlanFailoverBlade({ data, vaultName, closeHref }: PlanFailoverBladeProps) {
  return (
    <PlanBladeShell title="Failover" plan={data.plan} closeHref={closeHref} focusKey={PLAN_FAILOVER_COMMAND_FOCUS}>
      {(close) =>
        data.machines.length === 0 ? (
          <DrawerBody>
            <Notice intent="info" title="Nothing to fail over">
              No machine of this recovery plan is protected from Azure to on-premises. Reprotect the plan first.
            </Notice>
            <PlanSkippedMachines skipped={data.skipped} done="failed over" />
          </DrawerBody>
        ) : (
          <PlanFailoverForm data={data} vaultName={vaultName} onClose={close} />
        )
      }
    </PlanBladeShell>
  );
}

function PlanFailoverForm({ data, vaultName, onClose }: { data: PlanBladeData<FailoverFacts>; vaultName: string; onClose(): void }) {
  const [recoveryPointType, setRecoveryPointType] = useState<RecoveryPointChoiceType>('LatestTime');
  const evaluation = useMemo(() => evaluatePlanFailover(data.machines, recoveryPointType), [data.machines, recoveryPointType]);
  const groups = useMemo(() => planGroupPoints(data.machines), [data.machines]);
  const machines = pluralize(data.machines.length, 'machine');
  const { submit, settling } = useOperationSubmit({
    vaultName,
    send: () =>
      failoverRecoveryPlanAction(
        vaultName,
        planFailoverInputSchema.parse({ planId: data.plan.id, direction: 'RecoveryToPrimary', recoveryPointType, itemIds: data.machines.map((facts) => facts.item.id) }),
      ),
    started: { title: 'Failover started', message: `A job now fails ${machines} of ${data.plan.name} over from Azure to on-premises.` },
    close: onClose,
  });
  const blocked = evaluation.rows.filter((row) => !row.evaluation.canSubmit).length;

  return (
    <PlanOperationForm
      operation="Failover"
      formId="plan-failover-form"
      roleNotice="You can look at this failover, not start it"
      canSubmit={evaluation.canSubmit}
      notPossible={`${pluralize(blocked, 'machine')} cannot fail over now. Each row says why; every machine of the plan needs a recovery point.`}
      submit={submit}
      settling={settling}
      skipped={data.skipped}
      done="failed over"
      onClose={onClose}
    >
      <Field label="Failover direction">
        <Input value="From Azure to on-premises" readOnly aria-readonly />
      </Field>
      <PlanRecoveryPointField value={recoveryPointType} onChange={setRecoveryPointType} disabled={settling} />
      <PlanGroupPoints groups={groups} />
      <Table aria-label="Machines to fail over" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Machine</TableHeaderCell>
            <TableHeaderCell>Recovery point</TableHeaderCell>
            <TableHeaderCell>Data loss</TableHeaderCell>
            <TableHeaderCell>Status</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {evaluation.rows.map((row) => {
            const point = row.evaluation.recoveryPoints.find((choice) => choice.type === recoveryPointType);
            return (
              <TableRow key={row.itemId} aria-label={row.name}>
                <TableCell>{row.name}</TableCell>
                <TableCell>{point?.time ? <LocalTime iso={point.time.toISOString()} /> : '—'}</TableCell>
                <TableCell>{dataLossLabel(point?.dataLossMs ?? null)}</TableCell>
                <TableCell>
                  {settling ? 'Starting' : row.evaluation.blockers.length === 0 ? 'Ready' : row.evaluation.blockers.map((reason) => <ReasonText key={reason.code} reason={reason} />)}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </PlanOperationForm>
  );
}
