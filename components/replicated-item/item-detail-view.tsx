'use client';

import { useOpenBlade } from '@/components/shell/use-blade-close';
import { ArrowClockwise20Regular } from '@fluentui/react-icons';
import { CommandBar } from '@/components/lists/command-bar';
import { CommandButton } from '@/components/ui/buttons';
import { IntentLink } from '@/components/shell/intent-link';
import { OperationToolbarButton, operationHref } from '@/components/operations/operation-command';
import { ReprotectToolbarButton, reprotectHref } from '@/components/reprotect/reprotect-command';
import { Notice } from '@/components/shell/notice';
import { vaultPath } from '@/components/shell/vault-sections';
import { jobStateLabel } from '@/lib/domain/protection-status';
import type { ReplicatedItemDetail } from '@/lib/schemas/replicated-item-detail';
import { ItemEssentials, ReverseReplicationSettings } from './item-essentials';
import styles from './item.module.css';
import { RecoveryPointsTile } from './recovery-points-tile';
import { useItemDetail } from './use-item-detail';

/** A replicated item's own page: command bar, essentials, reverse replication, recovery points, jobs. */
export function ItemDetailView({ vaultName, initial }: { vaultName: string; initial: ReplicatedItemDetail }) {
  const openBlade = useOpenBlade();
  const { data: item, refetch, isFetching } = useItemDetail(vaultName, initial);
  const running = item.recentJobs.find((job) => job.state === 'InProgress' || job.state === 'NotStarted');
  return (
    <div className="vp-stack">
      <h2 className="vp-page-title">{item.name}</h2>
      <CommandBar label="Replicated item commands">
        <CommandButton icon={<ArrowClockwise20Regular />} onClick={() => void refetch()} disabledFocusable={isFetching}>
          Refresh
        </CommandButton>
        <ReprotectToolbarButton item={item} onOpen={() => openBlade(reprotectHref(item.id))} />
        <OperationToolbarButton operation="UnplannedFailover" item={item} onOpen={() => openBlade(operationHref('UnplannedFailover', item.id))} />
        <OperationToolbarButton operation="Commit" item={item} onOpen={() => openBlade(operationHref('Commit', item.id))} />
      </CommandBar>
      {running ? (
        <div role="status" aria-label="Running job">
          <IntentLink href={`${vaultPath(vaultName, 'jobs')}/${running.id}`}>{running.name}</IntentLink> {jobStateLabel(running.state)} ({running.progress}%)
          <span role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={running.progress} className={styles.progress}>
            <span className={styles.progressBar} style={{ width: `${running.progress}%` }} />
          </span>
        </div>
      ) : null}
      {item.commitRemoves ? (
        <Notice intent="warning" title="The failover waits for its commit">
          {item.commitRemoves}
        </Notice>
      ) : null}
      <div className="vp-columns">
        <ItemEssentials item={item} vaultName={vaultName} />
        <div className="vp-stack">
          <ReverseReplicationSettings item={item} />
          <RecoveryPointsTile item={item} />
        </div>
      </div>
      <section aria-label="Recent jobs" className="vp-panel">
        <h3>Recent jobs</h3>
        {item.recentJobs.length === 0 ? (
          'No jobs yet.'
        ) : (
          <ul className="vp-plain-list">
            {item.recentJobs.map((job) => (
              <li key={job.id}>
                <IntentLink href={`${vaultPath(vaultName, 'jobs')}/${job.id}`}>{job.name}</IntentLink>{' '}
                <span className={`${styles.badge} ${styles.brand}`}>{jobStateLabel(job.state)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
