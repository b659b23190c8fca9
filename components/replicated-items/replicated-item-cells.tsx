import Link from 'next/link';
import { CellLayout } from '@/components/lists/cell-layout';
import { DashText } from '@/components/lists/dash-text';
import styles from '@/components/lists/lists.module.css';
import { LocalTime } from '@/components/shell/local-time';
import { vaultPath } from '@/components/shell/vault-sections';
import {
  activeLocationLabel,
  formatRpo,
  protectionStateDescription,
  replicationHealthLabel,
  replicationHealthTone,
} from '@/lib/domain/protection-status';
import type { ReplicatedItemRow } from '@/lib/schemas/replicated-items-page';
import { StatusIcon } from './status-icon';

export function itemHref(vaultName: string, itemId: string): string {
  return `${vaultPath(vaultName, 'replicated-items')}/${encodeURIComponent(itemId)}`;
}

export function ItemNameCell({ vaultName, item }: { vaultName: string; item: ReplicatedItemRow }) {
  return (
    // Keyboard users move between rows and open an item from the row menu (Shift+F10),
    // so 25 links do not each become a tab stop. No prefetch: that would render 25
    // item pages on the server for every page of the grid.
    <Link href={itemHref(vaultName, item.id)} className={styles.link} tabIndex={-1} prefetch={false}>
      {item.name}
    </Link>
  );
}

export function HealthCell({ item }: { item: ReplicatedItemRow }) {
  if (item.replicationHealth === 'None') return <DashText label="No health reported" />;
  return (
    <CellLayout media={<StatusIcon tone={replicationHealthTone(item.replicationHealth)} />}>{replicationHealthLabel(item.replicationHealth)}</CellLayout>
  );
}

export function StatusCell({ item }: { item: ReplicatedItemRow }) {
  return <>{protectionStateDescription(item.protectionState)}</>;
}

export function ActiveLocationCell({ item }: { item: ReplicatedItemRow }) {
  return <>{activeLocationLabel(item.activeLocation)}</>;
}

export function OsCell({ item }: { item: ReplicatedItemRow }) {
  return (
    <CellLayout description={<span className={styles.secondary} title={item.osName}>{item.osName}</span>}>
      {item.osType}
    </CellLayout>
  );
}

export function RpoCell({ item }: { item: ReplicatedItemRow }) {
  return item.rpoInSeconds === null ? <DashText label="Not applicable" /> : <>{formatRpo(item.rpoInSeconds)}</>;
}

export function FailoverTimeCell({ item }: { item: ReplicatedItemRow }) {
  return item.lastSuccessfulFailoverTime ? <LocalTime iso={item.lastSuccessfulFailoverTime} /> : <DashText label="Never" />;
}

export function ReplicationGroupCell({ item }: { item: ReplicatedItemRow }) {
  return item.replicationGroupName ? <>{item.replicationGroupName}</> : <DashText label="None" />;
}
