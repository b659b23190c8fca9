'use client';

import { DrawerBody, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useMemo } from 'react';
import { PlanBladeShell } from '@/components/operations/plan-blade-shell';
import { PlanOperationForm } from '@/components/operations/plan-operation-form';
import { useOperationSubmit } from '@/components/operations/use-operation-submit';
import { PLAN_COMMIT_COMMAND_FOCUS } from '@/components/recovery-plans/plan-links';
import { PlanSkippedMachines } from '@/components/recovery-plans/plan-skipped-machines';
import { ReasonText } from '@/components/reprotect/reason-text';
import { Notice } from '@/components/shell/notice';
import { commitRecoveryPlanAction } from '@/lib/actions/failback';
import type { CommitFacts } from '@/lib/domain/commit/rules';
import { pluralize } from '@/lib/domain/plural';
import { evaluatePlanCommit } from '@/lib/domain/failover/plan';
import { planCommitInputSchema } from '@/lib/schemas/commit';
import type { PlanBladeData } from '@/lib/schemas/plan-operations';

/** The Commit blade of a recovery plan: a row per machine waiting for its commit, with what the commit removes. */
export function PlanCommitBlade({ data, vaultName, closeHref }: { data: PlanBladeData<CommitFacts>; vaultName: string; closeHref: string }) {
  return (
    <PlanBladeShell title="Commit" plan={data.plan} closeHref={closeHref} focusKey={PLAN_COMMIT_COMMAND_FOCUS}>
      {(close) =>
        data.machines.length === 0 ? (
          <DrawerBody>
            <Notice intent="info" title="Nothing to commit">
              No machine of this recovery plan has a failover waiting for its commit.
            </Notice>
            <PlanSkippedMachines skipped={data.skipped} done="committed" />
          </DrawerBody>
        ) : (
          <PlanCommitForm data={data} vaultName={vaultName} onClose={close} />
        )
      }
    </PlanBladeShell>
  );
}

function PlanCommitForm({ data, vaultName, onClose }: { data: PlanBladeData<CommitFacts>; vaultName: string; onClose(): void }) {
  const evaluation = useMemo(() => evaluatePlanCommit(data.machines), [data.machines]);
  const { submit, settling } = useOperationSubmit({
    vaultName,
    send: () => commitRecoveryPlanAction(vaultName, planCommitInputSchema.parse({ planId: data.plan.id, itemIds: data.machines.map((facts) => facts.item.id) })),
    started: { title: 'Commit started', message: `A job now commits the failover of ${pluralize(data.machines.length, 'machine')} of ${data.plan.name}.` },
    close: onClose,
  });

  return (
    <PlanOperationForm
      operation="Commit"
      formId="plan-commit-form"
      roleNotice="You can look at this commit, not start it"
      canSubmit={evaluation.canSubmit}
      notPossible="Some machines cannot be committed now. Each row says why."
      submit={submit}
      settling={settling}
      skipped={data.skipped}
      done="committed"
      onClose={onClose}
    >
      <Notice intent="warning" title="Commit cannot be undone or cancelled">
        After a failback, the commit deletes each failed-over VM in Azure, and the recovery points of its replication to on-premises.
      </Notice>
      <Table aria-label="Machines to commit" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: '20%' }}>Machine</TableHeaderCell>
            <TableHeaderCell>What commit removes</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {evaluation.rows.map((row) => (
            <TableRow key={row.itemId} aria-label={row.name}>
              <TableCell>{row.name}</TableCell>
              <TableCell>
                {row.evaluation.blockers.length > 0 && !settling
                  ? row.evaluation.blockers.map((reason) => <ReasonText key={reason.code} reason={reason} />)
                  : row.evaluation.removes.map((reason) => <ReasonText key={reason.code} reason={reason} />)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </PlanOperationForm>
  );
}
