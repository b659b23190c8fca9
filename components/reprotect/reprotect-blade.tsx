'use client';

import { Button, DrawerBody, DrawerFooter, Spinner } from '@fluentui/react-components';
import { BladeDrawer } from '@/components/shell/blade-drawer';
import { useBladeClose } from '@/components/shell/use-blade-close';
import { Notice } from '@/components/shell/notice';
import { OperationOutcome } from '@/components/operations/operation-outcome';
import { useOperationSubmit } from '@/components/operations/use-operation-submit';
import { usePermission } from '@/components/shell/vault-access';

import { reprotectItemAction } from '@/lib/actions/reprotect';
import type { ReprotectFacts } from '@/lib/domain/reprotect/facts';
import { isBlocking } from '@/lib/domain/reprotect/reasons';
import type { ReprotectInput } from '@/lib/schemas/reprotect';
import { ReasonBars } from './reason-bar';
import { DryRunResult, useDryRun } from './reprotect-dry-run';
import { ReprotectFields } from './reprotect-fields';
import { REPROTECT_COMMAND_FOCUS } from './reprotect-command';
import { useReprotectForm } from './use-reprotect-form';
import { BladeHeader } from '@/components/shell/blade-header';

interface ReprotectBladeProps {
  facts: ReprotectFacts;
  vaultName: string;
  /** Where closing the blade goes: the page underneath, without the blade in its URL. */
  closeHref: string;
}

const FORM_FIELDS = new Set(['masterTargetId', 'processServerId', 'datastoreId', 'retentionVolumeId']);
const ITEM_BLOCKERS_ID = 'reprotect-item-blockers';
const ROLE_REASON_ID = 'reprotect-role-reason';

export function ReprotectBlade({ facts, vaultName, closeHref }: ReprotectBladeProps) {
  const { form, values, evaluation, chooseMasterTarget } = useReprotectForm(facts);
  const { open, close } = useBladeClose(closeHref, [`item:${facts.item.id}`, REPROTECT_COMMAND_FOCUS]);
  const { submit, settling } = useOperationSubmit({
    vaultName,
    send: (input: ReprotectInput) => reprotectItemAction(vaultName, input),
    started: { title: 'Reprotect started', message: `A job now replicates ${facts.item.name} from Azure to the on-premises site.` },
    close,
    onRefused: (error) => {
      for (const [field, message] of Object.entries(error.fieldErrors)) {
        if (FORM_FIELDS.has(field)) form.setError(field as keyof ReprotectInput, { message });
      }
    },
  });
  const dryRun = useDryRun(vaultName, values);
  const result = submit.data;
  const roleReason = usePermission('items.reprotect').reason;
  const blocked = evaluation.itemReasons.some(isBlocking);

  return (
    <BladeDrawer open={open} onClose={close} label={`Re-Protect ${facts.item.name}`}>
      <BladeHeader title="Re-Protect" subtitle={facts.item.name} onClose={close} closeLabel="Close Re-Protect" />
      <DrawerBody>
        <form
          id="reprotect-form"
          noValidate
          aria-describedby={blocked ? ITEM_BLOCKERS_ID : undefined}
          onSubmit={form.handleSubmit((input) => submit.mutate(input))}
          style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 16, paddingBottom: 16 }}
        >
          <ReasonBars reasons={evaluation.itemReasons} title="Reprotect is not possible" vaultName={vaultName} />
          {/* What the form and OK are described by: the refusals' own words, without the bars' titles. */}
          {roleReason ? (
            <Notice intent="info" title="You can validate, not reprotect">
              <span id={ROLE_REASON_ID}>{roleReason}</span>
            </Notice>
          ) : null}
          <span id={ITEM_BLOCKERS_ID} hidden>
            {evaluation.itemReasons.filter(isBlocking).map((reason) => reason.message).join(' ')}
          </span>
          <OperationOutcome operation="Reprotect" result={result} requestError={submit.error} />
          <ReprotectFields
            facts={facts}
            form={form}
            evaluation={evaluation}
            chooseMasterTarget={chooseMasterTarget}
            vaultName={vaultName}
            disabled={blocked || settling}
          />
          <DryRunResult dryRun={dryRun} vaultName={vaultName} />
        </form>
      </DrawerBody>
      <DrawerFooter>
        <Button
          appearance="primary"
          type="submit"
          form="reprotect-form"
          // Still reachable by Tab when blocked, so that its description says why it does nothing.
          disabledFocusable={settling || blocked || roleReason !== null}
          aria-describedby={roleReason ? ROLE_REASON_ID : blocked ? ITEM_BLOCKERS_ID : undefined}
          icon={submit.isPending ? <Spinner size="tiny" /> : undefined}
        >
          OK
        </Button>
        <Button appearance="secondary" onClick={() => dryRun.mutate()} disabled={dryRun.isPending}>
          Validate
        </Button>
        <Button appearance="subtle" onClick={close}>
          Cancel
        </Button>
      </DrawerFooter>
    </BladeDrawer>
  );
}
