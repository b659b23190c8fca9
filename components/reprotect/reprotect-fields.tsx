'use client';

import { Field, Input } from '@fluentui/react-components';
import { Controller, type UseFormReturn } from 'react-hook-form';
import type { ReprotectEvaluation } from '@/lib/domain/reprotect/evaluate';
import type { ReprotectFacts } from '@/lib/domain/reprotect/facts';
import type { ReprotectInput } from '@/lib/schemas/reprotect';
import { ChoiceField } from './choice-field';
import { FailbackPolicySummary } from './failback-policy-summary';
import { ReasonBars } from './reason-bar';
import { UnavailableChoices } from './unavailable-choices';

interface ReprotectFieldsProps {
  facts: ReprotectFacts;
  form: UseFormReturn<ReprotectInput>;
  evaluation: ReprotectEvaluation;
  chooseMasterTarget(id: string): void;
  vaultName: string;
  disabled: boolean;
}

/** The blade's fields in the order of the real one, each with its list and reasons. */
export function ReprotectFields({ facts, form, evaluation, chooseMasterTarget, vaultName, disabled }: ReprotectFieldsProps) {
  const { errors } = form.formState;
  const mtChosen = Boolean(form.watch('masterTargetId'));
  const reasonsFor = (field: string, filter: (severity: string) => boolean = () => true) =>
    evaluation.selectionReasons.filter((r) => r.field === field && r.code !== 'SELECTION_REQUIRED' && r.code !== 'SELECTION_UNKNOWN' && filter(r.severity));
  const defaultRetention = facts.item.osType === 'Windows' ? 'R:' : '/mnt/retention';

  return (
    <>
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
            disabled={disabled}
          />
        )}
      />
      <UnavailableChoices choices={evaluation.masterTargets} noun={['master target server', 'master target servers']} vaultName={vaultName} />
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
            disabled={disabled}
          />
        )}
      />
      <ReasonBars reasons={reasonsFor('processServerId', (s) => s === 'warning')} vaultName={vaultName} />
      <UnavailableChoices choices={evaluation.processServers} noun={['process server', 'process servers']} vaultName={vaultName} />
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
            hint={mtChosen ? "Datastores of the master target's ESXi host." : undefined}
            disabled={disabled || !mtChosen}
          />
        )}
      />
      <ReasonBars reasons={reasonsFor('datastoreId').filter((r) => !r.subject || r.code === 'SOURCE_DATASTORE_NOT_WRITABLE')} vaultName={vaultName} />
      <UnavailableChoices choices={evaluation.datastores} noun={['datastore', 'datastores']} vaultName={vaultName} />
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
            hint={`The default, ${defaultRetention}, is chosen when it is eligible.`}
            disabled={disabled || !mtChosen}
          />
        )}
      />
      <UnavailableChoices choices={evaluation.retentionVolumes} noun={['volume', 'volumes']} vaultName={vaultName} />
      <FailbackPolicySummary policy={evaluation.failbackPolicy} />
    </>
  );
}
