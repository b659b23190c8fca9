'use client';

import {
  Button,
  DrawerBody,
  DrawerFooter,
  DrawerHeader,
  DrawerHeaderTitle,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { BladeDrawer } from '@/components/shell/blade-drawer';
import { Notice } from '@/components/shell/notice';
import { Dismiss24Regular } from '@fluentui/react-icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { vaultPath } from '@/components/shell/vault-sections';
import { reprotectItemAction } from '@/lib/actions/reprotect';
import type { ReprotectFacts } from '@/lib/domain/reprotect/facts';
import type { ReprotectInput } from '@/lib/schemas/reprotect';
import { ReasonBars } from './reason-bar';
import { DryRunResult, useDryRun } from './reprotect-dry-run';
import { ReprotectFields } from './reprotect-fields';
import { useReprotectForm } from './use-reprotect-form';

interface ReprotectBladeProps {
  facts: ReprotectFacts;
  vaultName: string;
  /** Where closing the blade goes: the page underneath, without the blade in its URL. */
  closeHref: string;
}

const FORM_FIELDS = new Set(['masterTargetId', 'processServerId', 'datastoreId', 'retentionVolumeId']);

export function ReprotectBlade({ facts, vaultName, closeHref }: ReprotectBladeProps) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const { form, values, evaluation, chooseMasterTarget } = useReprotectForm(facts);
  const close = () => router.push(closeHref, { scroll: false });
  const submit = useMutation({
    mutationFn: (input: ReprotectInput) => reprotectItemAction(vaultName, input),
    onSuccess: async (result) => {
      if (!result.ok) {
        for (const [field, message] of Object.entries(result.error.fieldErrors)) {
          if (FORM_FIELDS.has(field)) form.setError(field as keyof ReprotectInput, { message });
        }
        return;
      }
      await queryClient.invalidateQueries();
    },
  });
  const dryRun = useDryRun(vaultName, values);
  const result = submit.data;
  const blocked = evaluation.itemReasons.some((r) => r.severity === 'error');

  return (
    <BladeDrawer onClose={close} label={`Re-Protect ${facts.item.name}`}>
      <DrawerHeader>
        <DrawerHeaderTitle action={<Button appearance="subtle" aria-label="Close Re-Protect" icon={<Dismiss24Regular />} onClick={close} />}>
          Re-Protect
        </DrawerHeaderTitle>
        <Text>{facts.item.name}</Text>
      </DrawerHeader>
      <DrawerBody>
        <form
          id="reprotect-form"
          noValidate
          onSubmit={form.handleSubmit((input) => submit.mutate(input))}
          style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 16, paddingBottom: 16 }}
        >
          <ReasonBars reasons={evaluation.itemReasons} title="Reprotect is not possible" vaultName={vaultName} />
          {result?.ok ? (
            <Notice intent="success" title="Reprotect started">
              A job now replicates {facts.item.name} from Azure to the on-premises site.{' '}
              <Link as="a" href={`${vaultPath(vaultName, 'jobs')}/${result.data.jobId}`}>
                Track its progress in Jobs
              </Link>
            </Notice>
          ) : null}
          {result && !result.ok ? (
            <Notice intent="error" title={result.error.kind === 'conflict' ? 'Another operation is running' : 'Reprotect was refused'}>
              {result.error.message}
            </Notice>
          ) : null}
          {submit.isError ? (
            <MessageBar intent="error" role="alert">
              <MessageBarBody>The request did not reach the vault: {submit.error.message}</MessageBarBody>
            </MessageBar>
          ) : null}
          <ReprotectFields
            facts={facts}
            form={form}
            evaluation={evaluation}
            chooseMasterTarget={chooseMasterTarget}
            vaultName={vaultName}
            disabled={blocked || result?.ok === true}
          />
          <DryRunResult dryRun={dryRun} vaultName={vaultName} />
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
        <Button appearance="secondary" onClick={() => dryRun.mutate()} disabled={dryRun.isPending}>
          Validate
        </Button>
        <Button appearance="subtle" onClick={close}>
          {result?.ok ? 'Close' : 'Cancel'}
        </Button>
      </DrawerFooter>
    </BladeDrawer>
  );
}
