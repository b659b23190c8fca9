'use client';

import { DrawerBody, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { OperationOutcome } from '@/components/operations/operation-outcome';
import { PlanBladeShell } from '@/components/operations/plan-blade-shell';
import { PlanSkippedMachines } from '@/components/recovery-plans/plan-skipped-machines';
import { ReasonText } from '@/components/reprotect/reason-text';
import { BladeFormFooter } from '@/components/shell/blade-form-footer';
import { Notice } from '@/components/shell/notice';
import { commitRecoveryPlanAction } from '@/lib/actions/failback';
import type { CommitFacts } from '@/lib/domain/commit/rules';
import { evaluatePlanCommit } from '@/lib/domain/failover/plan';
import { planCommitInputSchema } from '@/lib/schemas/commit';
import type { PlanBladeData } from '@/lib/schemas/plan-operations';

/** The Commit blade of a recovery plan: a row per machine waiting for its commit, with what the commit removes. */
export function PlanCommitBlade({ data, vaultName, closeHref }: { data: PlanBladeData<CommitFacts>; vaultName: string; closeHref: string }) {
  const queryClient = useQueryClient();
  const evaluation = useMemo(() => evaluatePlanCommit(data.machines), [data.machines]);
  const [tried, setTried] = useState(false);
  const submit = useMutation({
    mutationFn: () => commitRecoveryPlanAction(vaultName, planCommitInputSchema.parse({ planId: data.plan.id, itemIds: data.machines.map((facts) => facts.item.id) })),
    onSuccess: () => queryClient.invalidateQueries(),
  });
  const started = submit.data?.ok === true;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (evaluation.canSubmit) submit.mutate();
  };

  return (
    <PlanBladeShell title="Commit" plan={data.plan} closeHref={closeHref}>
      {(close) =>
        data.machines.length === 0 ? (
          <DrawerBody>
            <Notice intent="info" title="Nothing to commit">
              No machine of this recovery plan has a failover waiting for its commit.
            </Notice>
            <PlanSkippedMachines skipped={data.skipped} done="committed" />
          </DrawerBody>
        ) : (
          <>
            <DrawerBody>
              <form id="plan-commit-form" noValidate onSubmit={onSubmit} style={{ display: 'grid', gap: 16, paddingBottom: 16 }}>
                {tried && !evaluation.canSubmit && !submit.data ? (
                  <Notice intent="error" title="Commit is not possible yet">
                    Some machines cannot be committed now. Each row says why.
                  </Notice>
                ) : null}
                <OperationOutcome
                  vaultName={vaultName}
                  operation="Commit"
                  started={`The failover of ${data.machines.length} machines of ${data.plan.name} is being committed.`}
                  result={submit.data}
                  requestError={submit.error}
                />
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
                          {row.evaluation.blockers.length > 0 && !started
                            ? row.evaluation.blockers.map((reason) => <ReasonText key={reason.code} reason={reason} />)
                            : row.evaluation.removes.map((reason) => <ReasonText key={reason.code} reason={reason} />)}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
                <PlanSkippedMachines skipped={data.skipped} done="committed" />
              </form>
            </DrawerBody>
            <BladeFormFooter permission="items.failover" formId="plan-commit-form" submitLabel="OK" pending={submit.isPending} done={started} onClose={close} />
          </>
        )
      }
    </PlanBladeShell>
  );
}
