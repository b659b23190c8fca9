'use client';

import {
  Button,
  DrawerBody,
  DrawerFooter,
  DrawerHeader,
  DrawerHeaderTitle,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  OverlayDrawer,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { Dismiss24Regular } from '@fluentui/react-icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { Controller } from 'react-hook-form';
import { reprotectItemAction } from '@/lib/actions/reprotect';
import type { ReprotectFacts } from '@/lib/domain/reprotect/facts';
import type { ReprotectInput } from '@/lib/schemas/reprotect';
import { ChoiceField } from './choice-field';
import { FailbackPolicySummary } from './failback-policy-summary';
import { ReasonBars } from './reason-bar';
import { DryRunResult, useDryRun } from './reprotect-dry-run';
import { useReprotectForm } from './use-reprotect-form';

interface ReprotectBladeProps {
  facts: ReprotectFacts;
  vaultName: string;
  /** Where closing the blade goes: the page underneath, without the blade in its URL. */
  closeHref: string;
}

export function ReprotectBlade({ facts, vaultName, closeHref }: ReprotectBladeProps) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const { form, values, evaluation, chooseMasterTarget } = useReprotectForm(facts);
  const { errors } = form.formState;
  const submit = useMutation({
    mutationFn: (input: ReprotectInput) => reprotectItemAction(input),
    onSuccess: async (result) => {
      if (!result.ok) {
        for (const [field, message] of Object.entries(result.error.fieldErrors)) {
          if (field in values && field !== 'itemId') form.setError(field as keyof ReprotectInput, { message });
        }
        return;
      }
      await queryClient.invalidateQueries();
      router.refresh();
    },
  });
  const dryRun = useDryRun(values);
  const result = submit.data;
  const datastoreNotes = evaluation.selectionReasons.filter((r) => r.field === 'datastoreId' && r.severity !== 'error');
  const placementErrors = evaluation.selectionReasons.filter(
    (r) => r.field === 'datastoreId' && r.code === 'SOURCE_DATASTORE_NOT_WRITABLE',
  );
  const mtChosen = Boolean(values.masterTargetId);
  const blocked = evaluation.itemReasons.some((r) => r.severity === 'error');

  return (
    <OverlayDrawer
      open
      position="end"
      size="medium"
      onOpenChange={(_, data) => !data.open && router.push(closeHref, { scroll: false })}
      aria-label={`Re-Protect ${facts.item.name}`}
    >
      <DrawerHeader>
        <DrawerHeaderTitle
          action={
            <Button appearance="subtle" aria-label="Close" icon={<Dismiss24Regular />} onClick={() => router.push(closeHref, { scroll: false })} />
          }
        >
          Re-Protect
        </DrawerHeaderTitle>
        <Text>{facts.item.name}</Text>
      </DrawerHeader>
      <DrawerBody>
        <form
          id="reprotect-form"
          noValidate
          onSubmit={form.handleSubmit((input) => submit.mutate(input))}
          style={{ display: 'grid', gap: 18, paddingBottom: 16 }}
        >
          <ReasonBars reasons={evaluation.itemReasons} title="Reprotect is not possible" />
          {result?.ok ? (
            <MessageBar intent="success">
              <MessageBarBody>
                <MessageBarTitle>Reprotect started</MessageBarTitle>
                A job replicates {facts.item.name} from Azure to the on-premises site.{' '}
                <Link as="a" href={`/vaults/${encodeURIComponent(vaultName)}/jobs/${result.data.jobId}`}>
                  Track its progress in Jobs
                </Link>
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {result && !result.ok ? (
            <MessageBar intent="error" role="alert">
              <MessageBarBody>
                <MessageBarTitle>{result.error.kind === 'conflict' ? 'Another operation is running' : 'Reprotect was refused'}</MessageBarTitle>
                {result.error.message}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          <Field label="Direction" hint="Reprotect always replicates from Azure back to the on-premises site.">
            <Input value="Azure to On-premises" readOnly aria-readonly />
          </Field>
          <Controller
            control={form.control}
            name="masterTargetId"
            render={({ field }) => (
              <ChoiceField
                label="Master target server"
                noun="master target servers"
                placeholder="Select an on-premises master target"
                value={field.value}
                choices={evaluation.masterTargets}
                onChange={chooseMasterTarget}
                error={errors.masterTargetId?.message}
                hint={`A ${facts.item.osType} VM needs an on-premises ${facts.item.osType} master target.`}
                disabled={blocked}
              />
            )}
          />
          <Controller
            control={form.control}
            name="processServerId"
            render={({ field }) => (
              <ChoiceField
                label="Process server"
                noun="process servers"
                placeholder="Select a process server"
                value={field.value}
                choices={evaluation.processServers}
                onChange={(id) => field.onChange(id)}
                error={errors.processServerId?.message}
                disabled={blocked}
              />
            )}
          />
          <ReasonBars reasons={evaluation.selectionReasons.filter((r) => r.code === 'PS_ON_PREMISES_OVER_VPN')} />
          <Controller
            control={form.control}
            name="datastoreId"
            render={({ field }) => (
              <ChoiceField
                label="Datastore"
                noun="datastores"
                placeholder={mtChosen ? 'Select a datastore' : 'Select a master target first'}
                value={field.value}
                choices={evaluation.datastores}
                onChange={(id) => field.onChange(id)}
                error={errors.datastoreId?.message}
                hint={mtChosen ? 'Datastores of the master target\'s ESXi host.' : undefined}
                disabled={blocked || !mtChosen}
              />
            )}
          />
          <ReasonBars reasons={[...placementErrors, ...datastoreNotes]} />
          <Controller
            control={form.control}
            name="retentionVolumeId"
            render={({ field }) => (
              <ChoiceField
                label="Retention drive"
                noun="volumes"
                placeholder={mtChosen ? 'Select a retention drive' : 'Select a master target first'}
                value={field.value}
                choices={evaluation.retentionVolumes}
                onChange={(id) => field.onChange(id)}
                error={errors.retentionVolumeId?.message}
                hint={`Default: ${facts.item.osType === 'Windows' ? 'R:' : '/mnt/retention'} when eligible.`}
                disabled={blocked || !mtChosen}
              />
            )}
          />
          <FailbackPolicySummary policy={evaluation.failbackPolicy} />
          <DryRunResult dryRun={dryRun} />
        </form>
      </DrawerBody>
      <DrawerFooter>
        <Button
          appearance="primary"
          type="submit"
          form="reprotect-form"
          disabled={submit.isPending || blocked || result?.ok === true}
          icon={submit.isPending ? <Spinner size="tiny" /> : undefined}
        >
          OK
        </Button>
        <Button as="a" href={closeHref} appearance="secondary" onClick={(event) => { event.preventDefault(); router.push(closeHref, { scroll: false }); }}>
          {result?.ok ? 'Close' : 'Cancel'}
        </Button>
        <Button appearance="subtle" onClick={() => dryRun.mutate()} disabled={dryRun.isPending}>
          Validate
        </Button>
      </DrawerFooter>
    </OverlayDrawer>
  );
}
