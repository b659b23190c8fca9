'use client';

import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { useMutation } from '@tanstack/react-query';
import type { ReprotectEvaluation } from '@/lib/domain/reprotect/evaluate';
import { getJson } from '@/lib/queries/get-json';
import type { ActionResult } from '@/lib/schemas/action-result';
import type { ReprotectDraft } from '@/lib/schemas/reprotect';
import { ReasonBars } from './reason-bar';

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
      <MessageBar intent="error">
        <MessageBarBody>The validation could not run: {dryRun.error.message}</MessageBarBody>
      </MessageBar>
    );
  }
  const result = dryRun.data;
  if (!result) return null;
  if (!result.ok) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{result.error.message}</MessageBarBody>
      </MessageBar>
    );
  }
  const { blockers, warnings } = result.data;
  return (
    <section aria-label="Validation result" style={{ display: 'grid', gap: 8 }}>
      {blockers.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>Validation passed</MessageBarTitle>
            {warnings.length ? `Reprotect can start, with ${warnings.length} warning(s).` : 'Reprotect can start.'}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <ReasonBars reasons={blockers} title={`${blockers.length} problem(s) would block reprotect`} vaultName={vaultName} />
      )}
      <ReasonBars reasons={warnings} vaultName={vaultName} />
    </section>
  );
}
