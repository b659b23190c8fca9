'use client';

import { DrawerBody, Field, Input } from '@fluentui/react-components';

import { useMemo, type FormEvent } from 'react';
import { OPERATION_COMMAND_FOCUS } from '@/components/operations/operation-command';
import { OperationOutcome } from '@/components/operations/operation-outcome';
import { RoleNotice } from '@/components/operations/role-notice';
import { useOperationSubmit } from '@/components/operations/use-operation-submit';
import { ReasonBars } from '@/components/reprotect/reason-bar';
import { BladeDrawer } from '@/components/shell/blade-drawer';
import { useBladeClose } from '@/components/shell/use-blade-close';
import { BladeFormFooter } from '@/components/shell/blade-form-footer';
import { Notice } from '@/components/shell/notice';
import { commitItemAction } from '@/lib/actions/failback';
import { evaluateCommit, type CommitFacts } from '@/lib/domain/commit/rules';
import { activeLocationLabel, protectionStateDescription } from '@/lib/domain/protection-status';
import { commitInputSchema } from '@/lib/schemas/commit';
import { BladeHeader } from '@/components/shell/blade-header';

interface CommitBladeProps {
  facts: CommitFacts;
  vaultName: string;
  closeHref: string;
}

/** The Commit blade: the failover it commits, and what the commit removes, before OK. */
export function CommitBlade({ facts, vaultName, closeHref }: CommitBladeProps) {
  const { item } = facts;
  const { open, close } = useBladeClose(closeHref, [`item:${item.id}`, OPERATION_COMMAND_FOCUS.Commit]);
  const evaluation = useMemo(() => evaluateCommit(facts), [facts]);
  const { submit, settling } = useOperationSubmit({
    vaultName,
    send: () => commitItemAction(vaultName, commitInputSchema.parse({ itemId: item.id })),
    started: {
      title: 'Commit started',
      message:
        evaluation.direction === 'RecoveryToPrimary'
          ? `A job now deletes ${item.azureVmName} in Azure and commits the failover of ${item.name}.`
          : `A job now commits the failover of ${item.name}.`,
    },
    close,
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (evaluation.canSubmit) submit.mutate(undefined);
  };

  return (
    <BladeDrawer open={open} onClose={close} label={`Commit ${item.name}`}>
      <BladeHeader title="Commit" subtitle={item.name} onClose={close} closeLabel="Close Commit" />
      <DrawerBody>
        <form id="commit-form" noValidate onSubmit={onSubmit} style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 16, paddingBottom: 16 }}>
          {settling ? null : <ReasonBars reasons={evaluation.blockers} title="Commit is not possible" vaultName={vaultName} />}
          <RoleNotice permission="items.failover" title="You can look at this commit, not start it" />
          <OperationOutcome operation="Commit" result={submit.data} requestError={submit.error} />
          <Field label="Status">
            <Input value={`${protectionStateDescription(item.protectionState)} · active location ${activeLocationLabel(item.activeLocation)}`} readOnly aria-readonly />
          </Field>
          {evaluation.removes.map((reason) => (
            <Notice key={reason.code} intent="warning" title="What commit removes">
              {reason.message} Commit cannot be undone or cancelled.
            </Notice>
          ))}
        </form>
      </DrawerBody>
      <BladeFormFooter permission="items.failover" formId="commit-form" submitLabel="OK" pending={submit.isPending} done={settling || !evaluation.canSubmit} onClose={close} />
    </BladeDrawer>
  );
}
