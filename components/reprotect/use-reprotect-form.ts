'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { evaluateReprotect } from '@/lib/domain/reprotect/evaluate';
import type { ReprotectFacts } from '@/lib/domain/reprotect/facts';
import { reprotectInputSchema, type ReprotectInput } from '@/lib/schemas/reprotect';

/**
 * The blade's form state and the rules evaluated on it at every change, in the
 * browser, with the same functions the server runs when OK is pressed.
 */
export function useReprotectForm(facts: ReprotectFacts, initial: Partial<ReprotectInput> = {}) {
  const form = useForm<ReprotectInput>({
    resolver: zodResolver(reprotectInputSchema),
    defaultValues: {
      itemId: facts.item.id,
      direction: 'AzureToOnPremises',
      masterTargetId: initial.masterTargetId ?? '',
      processServerId: initial.processServerId ?? '',
      datastoreId: initial.datastoreId ?? '',
      retentionVolumeId: initial.retentionVolumeId ?? '',
    },
  });
  const values = useWatch({ control: form.control });
  const evaluation = useMemo(
    () =>
      evaluateReprotect(facts, {
        masterTargetId: values.masterTargetId || undefined,
        processServerId: values.processServerId || undefined,
        datastoreId: values.datastoreId || undefined,
        retentionVolumeId: values.retentionVolumeId || undefined,
      }),
    [facts, values.masterTargetId, values.processServerId, values.datastoreId, values.retentionVolumeId],
  );

  /** A new master target changes its host's datastores and its volumes: keep only what still fits. */
  function chooseMasterTarget(id: string) {
    const next = evaluateReprotect(facts, { masterTargetId: id });
    const keep = (current: string | undefined, choices: { id: string; eligible: boolean }[]) =>
      choices.some((c) => c.id === current && c.eligible) ? current : undefined;
    form.setValue('masterTargetId', id, { shouldValidate: form.formState.isSubmitted, shouldDirty: true });
    form.setValue('datastoreId', keep(form.getValues('datastoreId'), next.datastores) ?? '', { shouldDirty: true });
    form.setValue(
      'retentionVolumeId',
      keep(form.getValues('retentionVolumeId'), next.retentionVolumes) ?? next.defaults.retentionVolumeId ?? '',
      { shouldDirty: true },
    );
    form.clearErrors(['masterTargetId', 'datastoreId', 'retentionVolumeId']);
  }

  return { form, values, evaluation, chooseMasterTarget };
}
