'use client';

import { Field, Input } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { Controller, type UseFormReturn } from 'react-hook-form';
import type { Choice, ReprotectEvaluation } from '@/lib/domain/reprotect/evaluate';
import type { ReprotectFacts } from '@/lib/domain/reprotect/facts';
import { isBlocking, type Reason } from '@/lib/domain/reprotect/reasons';
import type { ReprotectInput } from '@/lib/schemas/reprotect';
import { ChoiceField, FieldBlockers } from './choice-field';
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
  const mtChosen = Boolean(form.watch('masterTargetId'));
  // What refuses the choice made in a field shows as that field's error as soon as it is known,
  // not only after OK; "select a value" waits for OK. Warnings and notes show under the field.
  const blockersFor = (field: ChoiceBlockProps['name']) =>
    evaluation.selectionReasons.filter((r) => r.field === field && isBlocking(r) && r.code !== 'SELECTION_REQUIRED');
  const notesFor = (field: ChoiceBlockProps['name']) => evaluation.selectionReasons.filter((r) => r.field === field && !isBlocking(r));
  const defaultRetention = facts.item.osType === 'Windows' ? 'R:' : '/mnt/retention';

  return (
    <>
      <Field label="Direction" hint="Reprotect always replicates from Azure back to the on-premises site.">
        <Input value="Azure to On-premises" readOnly aria-readonly />
      </Field>
      <ChoiceBlock
        form={form}
        name="masterTargetId"
        label="Master target server"
        nouns={['master target server', 'master target servers']}
        placeholder="Select an on-premises master target"
        choices={evaluation.masterTargets}
        onChange={chooseMasterTarget}
        hint={`A ${facts.item.osType} VM needs an on-premises ${facts.item.osType} master target.`}
        disabled={disabled}
        vaultName={vaultName}
        blockers={blockersFor('masterTargetId')}
      />
      <ChoiceBlock
        form={form}
        name="processServerId"
        label="Process server"
        nouns={['process server', 'process servers']}
        placeholder="Select a process server"
        choices={evaluation.processServers}
        disabled={disabled}
        vaultName={vaultName}
        blockers={blockersFor('processServerId')}
        reasons={<ReasonBars reasons={notesFor('processServerId')} vaultName={vaultName} />}
      />
      <ChoiceBlock
        form={form}
        name="datastoreId"
        label="Datastore"
        nouns={['datastore', 'datastores']}
        placeholder={mtChosen ? 'Select a datastore' : 'Select a master target first'}
        choices={evaluation.datastores}
        hint={mtChosen ? "Datastores of the master target's ESXi host." : undefined}
        disabled={disabled || !mtChosen}
        vaultName={vaultName}
        blockers={blockersFor('datastoreId')}
        reasons={<ReasonBars reasons={notesFor('datastoreId')} vaultName={vaultName} />}
      />
      <ChoiceBlock
        form={form}
        name="retentionVolumeId"
        label="Retention drive"
        nouns={['volume', 'volumes']}
        placeholder={mtChosen ? 'Select a retention drive' : 'Select a master target first'}
        choices={evaluation.retentionVolumes}
        hint={`The default, ${defaultRetention}, is chosen when it is eligible.`}
        disabled={disabled || !mtChosen}
        vaultName={vaultName}
        blockers={blockersFor('retentionVolumeId')}
      />
      <FailbackPolicySummary policy={evaluation.failbackPolicy} />
    </>
  );
}

interface ChoiceBlockProps {
  form: UseFormReturn<ReprotectInput>;
  name: 'masterTargetId' | 'processServerId' | 'datastoreId' | 'retentionVolumeId';
  label: string;
  /** The list's noun, one and many: "datastore", "datastores". */
  nouns: [one: string, many: string];
  placeholder: string;
  choices: Choice[];
  /** Defaults to setting the form field. */
  onChange?: (id: string) => void;
  hint?: string;
  disabled: boolean;
  vaultName: string;
  /** The rules that refuse what is chosen (or must be chosen) in this field. */
  blockers: Reason[];
  /** Warnings and notes about the field as a whole, shown under it. */
  reasons?: ReactNode;
}

/** One of the blade's choices: the list, the reasons about it, then the entries it cannot use and why. */
function ChoiceBlock({ form, name, label, nouns, placeholder, choices, onChange, hint, disabled, vaultName, blockers, reasons }: ChoiceBlockProps) {
  return (
    <>
      <Controller
        control={form.control}
        name={name}
        render={({ field, fieldState }) => (
          <ChoiceField
            label={label}
            nouns={nouns}
            placeholder={placeholder}
            value={field.value}
            choices={choices}
            onChange={onChange ?? ((id) => field.onChange(id))}
            error={blockers.length > 0 ? <FieldBlockers reasons={blockers} vaultName={vaultName} /> : fieldState.error?.message}
            hint={hint}
            disabled={disabled}
          />
        )}
      />
      {reasons}
      <UnavailableChoices choices={choices} noun={nouns} vaultName={vaultName} />
    </>
  );
}
