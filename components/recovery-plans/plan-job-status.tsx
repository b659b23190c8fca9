'use client';

import { Caption1, ProgressBar, Text } from '@fluentui/react-components';
import { StatusIcon } from '@/components/replicated-items/status-icon';
import { jobStatusText } from '@/lib/domain/jobs/job-display';
import { isActive, type JobState } from '@/lib/domain/jobs/job-state';
import { jobStateTone } from '@/lib/domain/protection-status';

interface PlanJobStatusProps {
  state: JobState;
  progress: number;
  /** Shown under the status: the running task, or the outcome ("PartiallySucceeded"). */
  detail?: string | null;
  label: string;
}

/** A job's state as the portal words it, with its progress bar while it runs. */
export function PlanJobStatus({ state, progress, detail, label }: PlanJobStatusProps) {
  return (
    <div style={{ display: 'grid', gap: 2, minWidth: 0 }}>
      <Text>
        <StatusIcon tone={jobStateTone(state)} /> {jobStatusText(state, progress)}
      </Text>
      {isActive(state) ? <ProgressBar value={progress / 100} thickness="medium" aria-label={label} /> : null}
      {detail ? <Caption1 style={{ color: 'var(--colorNeutralForeground3)' }}>{detail}</Caption1> : null}
    </div>
  );
}
