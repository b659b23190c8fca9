'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { evaluatePlanReprotect, machineFacts, type PlanReprotectFacts } from '@/lib/domain/reprotect/plan-rules';
import {
  recoveryPlanReprotectInputSchema,
  type PlanReprotectRow,
  type RecoveryPlanReprotectInput,
} from '@/lib/schemas/recovery-plan-reprotect';
import { fillRows, selectionOf, withMasterTarget, type FillField, type FillResult } from './plan-fill';

/**
 * The plan blade's form: a row per machine, judged at every change in the browser by
 * the functions the server runs on OK (each machine's rules, then the plan's).
 */
export function usePlanReprotectForm(planId: string, facts: PlanReprotectFacts) {
  const machines = useMemo(() => facts.machines.map((machine) => machineFacts(facts, machine)), [facts]);
  const form = useForm<RecoveryPlanReprotectInput>({
    resolver: zodResolver(recoveryPlanReprotectInputSchema),
    defaultValues: {
      planId,
      direction: 'AzureToOnPremises',
      rows: machines.map(({ item }) => ({ itemId: item.id, masterTargetId: '', processServerId: '', datastoreId: '', retentionVolumeId: '' })),
    },
  });
  const rows = useWatch({ control: form.control, name: 'rows' });
  const evaluation = useMemo(
    () => evaluatePlanReprotect(machines.map((machineFacts, index) => ({ facts: machineFacts, selection: selectionOf(rows[index]) }))),
    [machines, rows],
  );

  const currentRows = () => form.getValues('rows');
  function replaceRow(index: number, next: PlanReprotectRow) {
    const touched = form.formState.isSubmitted;
    for (const field of ['masterTargetId', 'processServerId', 'datastoreId', 'retentionVolumeId'] as const) {
      form.setValue(`rows.${index}.${field}`, next[field], { shouldDirty: true, shouldValidate: touched });
    }
  }

  /** One row's choice; a new master target also refreshes the row's datastore and drive. */
  function chooseValue(index: number, field: FillField, id: string) {
    const row = currentRows()[index]!;
    replaceRow(index, field === 'masterTargetId' ? withMasterTarget(machines[index]!, row, id) : { ...row, [field]: id });
    form.clearErrors(`rows.${index}`);
  }

  /** The value named `label` on every row that accepts it; the result says which rows did not, and why. */
  function fillAll(field: FillField, label: string): FillResult {
    const result = fillRows(machines, currentRows(), field, label);
    result.rows.forEach((row, index) => replaceRow(index, row));
    form.clearErrors('rows');
    return result;
  }

  return { form, machines, evaluation, chooseValue, fillAll };
}
