import type { ReplicatedItemSortField } from '@/lib/schemas/replicated-items-params';

// The Replicated items grid's columns: shared by the grid and its loading skeleton, which
// takes the grid's shape so that the page does not jump when the list arrives.

export type ItemColumnKey = 'name' | 'health' | 'status' | 'location' | 'os' | 'rpo' | 'failover' | 'group';

export interface ItemColumn {
  key: ItemColumnKey;
  title: string;
  sortField?: ReplicatedItemSortField;
  width: string;
}

export const ITEM_COLUMNS: readonly ItemColumn[] = [
  { key: 'name', title: 'Name', sortField: 'name', width: '15%' },
  { key: 'health', title: 'Replication health', sortField: 'health', width: '11%' },
  { key: 'status', title: 'Status', sortField: 'state', width: '13%' },
  { key: 'location', title: 'Active location', width: '9%' },
  { key: 'os', title: 'OS', sortField: 'os', width: '14%' },
  { key: 'rpo', title: 'RPO', sortField: 'rpo', width: '8%' },
  { key: 'failover', title: 'Last failover time', sortField: 'failoverTime', width: '18%' },
  { key: 'group', title: 'Replication group', width: '12%' },
];
