'use client';

import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkCircle16Filled, DismissCircle16Filled, Info16Filled } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { useGridStyles } from '@/components/lists/grid-styles';
import { LocalTime } from '@/components/shell/local-time';
import type { ActivityResult } from '@/lib/domain/access/operations';
import type { ActivityEntryRow } from '@/lib/schemas/activity-log';
import { ActivityJobLink, ActivityTargetLink } from './activity-target-link';

const useStyles = makeStyles({
  table: { minWidth: '1000px', tableLayout: 'fixed' },
  status: { display: 'inline-flex', alignItems: 'center', gap: '6px' },
  succeeded: { color: tokens.colorPaletteGreenForeground1 },
  failed: { color: tokens.colorPaletteRedForeground1 },
  started: { color: tokens.colorBrandForeground1 },
  reason: { display: 'block', color: tokens.colorNeutralForeground2, whiteSpace: 'normal' },
  caller: { display: 'block' },
  token: { display: 'block', color: tokens.colorNeutralForeground3 },
});

function StatusCell({ result, reason }: { result: ActivityResult; reason: string | null }) {
  const styles = useStyles();
  const icon: Record<ActivityResult, ReactNode> = {
    Succeeded: <CheckmarkCircle16Filled className={styles.succeeded} aria-hidden />,
    Failed: <DismissCircle16Filled className={styles.failed} aria-hidden />,
    Started: <Info16Filled className={styles.started} aria-hidden />,
  };
  return (
    <>
      <span className={styles.status}>
        {icon[result]}
        {result}
      </span>
      {reason ? <span className={styles.reason}>{reason}</span> : null}
    </>
  );
}

interface Column {
  key: string;
  title: string;
  width: string;
  render: (entry: ActivityEntryRow, vaultName: string) => ReactNode;
}

function Caller({ entry }: { entry: ActivityEntryRow }) {
  const styles = useStyles();
  return (
    <>
      <span className={styles.caller}>{entry.callerName}</span>
      {entry.tokenName ? <span className={styles.token}>with access token {entry.tokenName}</span> : null}
    </>
  );
}

const COLUMNS: Column[] = [
  { key: 'operation', title: 'Operation name', width: '22%', render: (entry) => entry.operationName },
  { key: 'status', title: 'Status', width: '22%', render: (entry) => <StatusCell result={entry.result} reason={entry.reason} /> },
  { key: 'time', title: 'Time', width: '14%', render: (entry) => <LocalTime iso={entry.time} /> },
  { key: 'caller', title: 'Event initiated by', width: '18%', render: (entry) => <Caller entry={entry} /> },
  { key: 'target', title: 'Resource', width: '16%', render: (entry, vaultName) => <ActivityTargetLink vaultName={vaultName} entry={entry} /> },
  { key: 'job', title: 'Job', width: '8%', render: (entry, vaultName) => <ActivityJobLink vaultName={vaultName} jobId={entry.jobId} /> },
];

/** The Activity log grid: one row per entry, newest first. */
export function ActivityLogTable({ vaultName, entries }: { vaultName: string; entries: ActivityEntryRow[] }) {
  const styles = useStyles();
  const grid = useGridStyles();
  return (
    <div className={grid.scroller}>
      <Table aria-label="Activity log" className={styles.table} size="small">
        <TableHeader>
          <TableRow>
            {COLUMNS.map((column) => (
              <TableHeaderCell key={column.key} className={grid.headerCell} style={{ width: column.width }}>
                {column.title}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {entries.map((entry) => (
            <TableRow key={entry.id} className={grid.row} data-correlation-id={entry.correlationId}>
              {COLUMNS.map((column) => (
                <TableCell key={column.key} className={mergeClasses(column.key === 'status' ? undefined : grid.cell)}>
                  {column.render(entry, vaultName)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
