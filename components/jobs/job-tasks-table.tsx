'use client';

import {
  Caption1,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { JobTask } from '@/lib/schemas/jobs-page';
import { JobDuration, JobStatus, JobTime } from './job-cells';

const useStyles = makeStyles({
  table: { tableLayout: 'fixed' },
  headerCell: { fontWeight: tokens.fontWeightSemibold },
  cell: { overflow: 'hidden', textOverflow: 'ellipsis' },
  nowrap: { whiteSpace: 'nowrap' },
  stepProgress: { marginTop: '2px', marginBottom: '4px' },
  kept: { display: 'block', color: tokens.colorNeutralForeground3 },
});

interface JobTasksTableProps {
  tasks: JobTask[];
  /** The attempt runs: its unfinished task's duration counts up. */
  live: boolean;
  /** The attempt these tasks belong to: a task that ran in an earlier one says so. */
  attempt: number;
  label: string;
}

/** An attempt's tasks in the order they run; the running one shows its own progress. */
export function JobTasksTable({ tasks, live, attempt, label }: JobTasksTableProps) {
  const styles = useStyles();
  return (
    <Table size="small" aria-label={label} className={styles.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.headerCell} style={{ width: '34%' }}>
            Name
          </TableHeaderCell>
          <TableHeaderCell className={styles.headerCell} style={{ width: '18%' }}>
            Status
          </TableHeaderCell>
          <TableHeaderCell className={styles.headerCell} style={{ width: '18%' }}>
            Start time
          </TableHeaderCell>
          <TableHeaderCell className={styles.headerCell} style={{ width: '18%' }}>
            End time
          </TableHeaderCell>
          <TableHeaderCell className={styles.headerCell} style={{ width: '12%' }}>
            Duration
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {tasks.map((task) => (
          <TableRow key={task.id}>
            <TableCell className={styles.cell}>
              {task.friendlyName}
              {task.ranInAttempt < attempt && <Caption1 className={styles.kept}>Kept from attempt {task.ranInAttempt}</Caption1>}
            </TableCell>
            <TableCell className={styles.cell}>
              <JobStatus state={task.state} progress={task.progress} />
              {task.state === 'InProgress' && (
                <ProgressBar className={styles.stepProgress} value={task.progress / 100} aria-label={`${task.friendlyName} progress ${task.progress}%`} />
              )}
            </TableCell>
            <TableCell className={styles.nowrap}>
              <JobTime iso={task.startTime} missing="Not started" />
            </TableCell>
            <TableCell className={styles.nowrap}>
              <JobTime iso={task.endTime} missing="Not finished" />
            </TableCell>
            <TableCell className={styles.nowrap}>
              <JobDuration startTime={task.startTime} endTime={task.endTime} live={live} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
