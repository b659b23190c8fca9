'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { evaluateReprotect } from '@/lib/domain/reprotect/evaluate';
import { dependentChoicesFor } from '@/lib/domain/reprotect/selection';
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

  function chooseMasterTarget(id: string) {
    const dependent = dependentChoicesFor(facts, id, form.getValues());
    form.setValue('masterTargetId', id, { shouldValidate: form.formState.isSubmitted, shouldDirty: true });
    form.setValue('datastoreId', dependent.datastoreId, { shouldDirty: true });
    form.setValue('retentionVolumeId', dependent.retentionVolumeId, { shouldDirty: true });
    form.clearErrors(['masterTargetId', 'datastoreId', 'retentionVolumeId']);
  }

  return { form, values, evaluation, chooseMasterTarget };
}
