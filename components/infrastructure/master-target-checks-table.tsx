import { masterTargetFixHref } from '@/components/lab/lab-links';
import type { MasterTargetCheckResult } from '@/lib/domain/reprotect/master-target-checks';
import { DataTable } from './data-table';
import { FixInLabLink } from './portal-link';
import { StatusLabel } from './status-label';

const COLUMNS = [
  { key: 'check', title: 'Check', width: '22%' },
  { key: 'result', title: 'Result', width: '14%' },
  { key: 'found', title: 'Found', width: '24%' },
  { key: 'why', title: 'Why it matters' },
];

const RESULT = {
  passed: { tone: 'success', label: 'Passed' },
  failed: { tone: 'danger', label: 'Failed' },
  notApplicable: { tone: 'neutral', label: 'Not applicable' },
} as const;

/** Each prerequisite of the master target, with the reason the Re-Protect blade gives when it fails. */
export function MasterTargetChecksTable({ checks, vaultName, masterTargetId }: { checks: MasterTargetCheckResult[]; vaultName: string; masterTargetId: string }) {
  const rows = checks.map((check) => {
    const fix = check.reason ? masterTargetFixHref(vaultName, masterTargetId, check.key) : null;
    return {
      id: check.key,
      cells: [
        check.title,
        <StatusLabel key="result" tone={RESULT[check.status].tone}>
          {RESULT[check.status].label}
        </StatusLabel>,
        check.value,
        check.reason ? (
          <span key="why" style={{ display: 'grid', gap: 4 }}>
            <span data-reason-code={check.reason.code}>{check.reason.message}</span>
            {fix ? <FixInLabLink href={fix} label={fix.includes('/master-targets/') ? 'Fix in the lab' : 'Register another master target in the lab'} /> : null}
          </span>
        ) : (
          '—'
        ),
      ],
    };
  });
  return <DataTable label="Master target checks" columns={COLUMNS} rows={rows} empty="No checks." />;
}
