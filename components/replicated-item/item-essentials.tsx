import { IntentLink } from '@/components/shell/intent-link';
import { LocalTime } from '@/components/shell/local-time';
import { vaultPath } from '@/components/shell/vault-sections';
import { activeLocationLabel, formatRpo, protectionStateDescription, replicationHealthLabel } from '@/lib/domain/protection-status';
import type { ReplicatedItemDetail } from '@/lib/schemas/replicated-item-detail';

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/** The failed-over VM in Azure: running or shut down while it exists, gone once a failback is committed. */
function azureVmText(item: ReplicatedItemDetail): string {
  if (item.azureVmExists) return `${item.azureVmName} (${item.azureVmRunning ? 'running' : 'shut down'})`;
  return item.activeLocation === 'Primary' && item.lastSuccessfulFailoverTime ? `${item.azureVmName} (deleted when the failover was committed)` : 'None';
}

/** The item's essentials, as the top of its blade in the real vault. */
export function ItemEssentials({ item, vaultName }: { item: ReplicatedItemDetail; vaultName: string }) {
  return (
    <section aria-label="Essentials" className="vp-panel">
      <h3>Essentials</h3>
      <dl className="vp-definition-list vp-two-columns">
        <dt>Status</dt>
        <dd data-testid="item-status">{protectionStateDescription(item.protectionState)}</dd>
        <dt>Replication health</dt>
        <dd>{replicationHealthLabel(item.replicationHealth)}</dd>
        <dt>Active location</dt>
        <dd>{activeLocationLabel(item.activeLocation)}</dd>
        <dt>RPO</dt>
        <dd>{formatRpo(item.rpoInSeconds)}</dd>
        <dt>Operating system</dt>
        <dd>{item.osName}</dd>
        <dt>Disks</dt>
        <dd>{item.diskCount}</dd>
        <dt>Azure VM</dt>
        <dd data-testid="azure-vm">{azureVmText(item)}</dd>
        <dt>Agent registered</dt>
        <dd>
          {item.agentRegistered || !item.agentRegistersAt ? (
            yesNo(item.agentRegistered)
          ) : (
            <>
              Not yet: registers with the configuration server by <LocalTime iso={item.agentRegistersAt} />
            </>
          )}
        </dd>
        <dt>On-premises VM</dt>
        <dd>{item.sourceVmPresent ? `Present (${item.sourceDatastores.join(', ') || 'no datastore'})` : 'Deleted'}</dd>
        <dt>Last failover</dt>
        <dd>{item.lastSuccessfulFailoverTime ? <LocalTime iso={item.lastSuccessfulFailoverTime} /> : '—'}</dd>
        {item.failoverRecoveryPointTime ? (
          <>
            <dt>Recovered to point</dt>
            <dd>
              <LocalTime iso={item.failoverRecoveryPointTime} />
            </dd>
          </>
        ) : null}
        <dt>Replication policy</dt>
        <dd>{item.forwardPolicy}</dd>
        <dt>Replication group</dt>
        <dd>{item.replicationGroup ?? '—'}</dd>
        <dt>Recovery plans</dt>
        <dd>
          {item.recoveryPlans.length === 0
            ? '—'
            : item.recoveryPlans.map((plan, index) => (
                <span key={plan.id}>
                  {index > 0 ? ', ' : null}
                  <IntentLink href={`${vaultPath(vaultName, 'recovery-plans')}/${plan.id}`}>{plan.name}</IntentLink>
                </span>
              ))}
        </dd>
      </dl>
    </section>
  );
}

/** Where the VM replicates back to, once a reprotect was submitted. */
export function ReverseReplicationSettings({ item }: { item: ReplicatedItemDetail }) {
  const settings = item.reprotect;
  if (!settings) return null;
  const policy = settings.failbackPolicy;
  // After failback and commit, only the process server sending to Azure is left.
  if (!settings.masterTarget && !policy) {
    return (
      <section aria-label="Replication to Azure" className="vp-panel">
        <h3>Replication to Azure (on-premises to Azure)</h3>
        <dl className="vp-definition-list">
          <dt>Process server</dt>
          <dd>{settings.processServer ?? '—'}</dd>
          <dt>Replication policy</dt>
          <dd>{item.forwardPolicy}</dd>
        </dl>
      </section>
    );
  }
  return (
    <section aria-label="Reverse replication" className="vp-panel">
      <h3>Reverse replication (Azure to on-premises)</h3>
      <dl className="vp-definition-list">
        <dt>Master target server</dt>
        <dd>{settings.masterTarget ?? '—'}</dd>
        <dt>Process server</dt>
        <dd>{settings.processServer ?? '—'}</dd>
        <dt>Datastore</dt>
        <dd>{settings.datastore ?? '—'}</dd>
        <dt>Retention drive</dt>
        <dd>{settings.retentionVolume ?? '—'}</dd>
        <dt>Failback policy</dt>
        <dd>
          {policy
            ? `${policy.name} (RPO threshold ${policy.rpoMinutes} min, retention ${policy.retentionMinutes / 60} h, app-consistent every ${policy.appConsistentMinutes} min)`
            : '—'}
        </dd>
      </dl>
    </section>
  );
}
