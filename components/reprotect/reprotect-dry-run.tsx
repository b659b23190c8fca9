'use client';

import { Spinner } from '@fluentui/react-components';
import { Notice } from '@/components/shell/notice';
import { useMutation } from '@tanstack/react-query';
import type { ReprotectEvaluation } from '@/lib/domain/reprotect/evaluate';
import { getJson } from '@/lib/queries/get-json';
import type { ActionResult } from '@/lib/schemas/action-result';
import type { ReprotectDraft } from '@/lib/schemas/reprotect';
import { ReasonBars } from './reason-bar';
import { pluralize } from '@/lib/domain/plural';

async function fetchValidation(vaultName: string, values: Partial<ReprotectDraft>): Promise<ActionResult<ReprotectEvaluation>> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
  const url = `/api/vaults/${encodeURIComponent(vaultName)}/replicated-items/${encodeURIComponent(values.itemId ?? '')}/reprotect-validation?${params}`;
  return getJson<ActionResult<ReprotectEvaluation>>(url, { what: 'The validation', refusalsInBody: true });
}

/** Validate: the server runs every check on the current data and starts nothing. */
export function useDryRun(vaultName: string, values: Partial<ReprotectDraft>) {
  return useMutation({ mutationFn: () => fetchValidation(vaultName, values) });
}

export function DryRunResult({ dryRun, vaultName }: { dryRun: ReturnType<typeof useDryRun>; vaultName: string }) {
  if (dryRun.isPending) return <Spinner size="small" label="Validating…" />;
  if (dryRun.isError) {
    return (
      <Notice intent="error">The validation could not run: {dryRun.error.message}</Notice>
    );
  }
  const result = dryRun.data;
  if (!result) return null;
  if (!result.ok) {
    return (
      <Notice intent="error">{result.error.message}</Notice>
    );
  }
  const { blockers, warnings } = result.data;
  return (
    <section aria-label="Validation result" style={{ display: 'grid', gap: 8 }}>
      {blockers.length === 0 ? (
        <Notice intent="success" title="Validation passed" role="status">
          {warnings.length ? `Reprotect can start, with ${pluralize(warnings.length, 'warning')}.` : 'Reprotect can start.'}
        </Notice>
      ) : (
        <ReasonBars reasons={blockers} title={`${pluralize(blockers.length, 'problem')} would block reprotect`} vaultName={vaultName} />
      )}
      <ReasonBars reasons={warnings} vaultName={vaultName} />
    </section>
  );
}
