import 'server-only';
import { osLabel } from '../domain/reprotect/os-version';
import type { Prisma } from './generated/prisma/client';
import type { ReplicatedItemsQuery } from '@/lib/schemas/replicated-items';
import type { ReplicatedItemsPage } from '@/lib/schemas/replicated-items-page';
import {
  REPLICATED_ITEMS_PAGE_SIZE,
  type ReplicatedItemSortField,
  type SortDirection,
} from '@/lib/schemas/replicated-items-params';
import { getDb, type Db } from './db';
import { containsText } from './text-search';

const rowSelect = {
  id: true,
  friendlyName: true,
  protectionState: true,
  replicationHealth: true,
  activeLocation: true,
  osType: true,
  osDistribution: true,
  osVersion: true,
  rpoInSeconds: true,
  lastSuccessfulFailoverTime: true,
  replicationGroup: { select: { name: true } },
} satisfies Prisma.ReplicatedItemSelect;

type RowRecord = Prisma.ReplicatedItemGetPayload<{ select: typeof rowSelect }>;

// Items without an RPO or a failover time sort after those that have one, in both directions,
// as the portal does: a dash is "no data", not "smallest". Every order ends with the name,
// unique in a vault, so that pages neither overlap nor skip.
function orderFor(sort: ReplicatedItemSortField, dir: SortDirection): Prisma.ReplicatedItemOrderByWithRelationInput[] {
  const byName = { friendlyName: dir };
  switch (sort) {
    case 'name':
      return [byName];
    case 'state':
      return [{ protectionState: dir }, { friendlyName: 'asc' }];
    case 'os':
      return [{ osType: dir }, { osDistribution: dir }, { osVersion: dir }, { friendlyName: 'asc' }];
    case 'health':
      return [{ replicationHealth: dir }, { friendlyName: 'asc' }];
    case 'rpo':
      return [{ rpoInSeconds: { sort: dir, nulls: 'last' } }, { friendlyName: 'asc' }];
    case 'failoverTime':
      return [{ lastSuccessfulFailoverTime: { sort: dir, nulls: 'last' } }, { friendlyName: 'asc' }];
  }
}

function whereFor(vaultId: string, query: ReplicatedItemsQuery): Prisma.ReplicatedItemWhereInput {
  return {
    vaultId,
    ...(query.q ? { friendlyName: containsText(query.q) } : {}),
    ...(query.state ? { protectionState: query.state } : {}),
    ...(query.os ? { osType: query.os } : {}),
  };
}

function toRow(record: RowRecord) {
  return {
    id: record.id,
    name: record.friendlyName,
    protectionState: record.protectionState,
    replicationHealth: record.replicationHealth,
    activeLocation: record.activeLocation,
    osType: record.osType,
    osName: osLabel(record),
    rpoInSeconds: record.rpoInSeconds,
    lastSuccessfulFailoverTime: record.lastSuccessfulFailoverTime?.toISOString() ?? null,
    replicationGroupName: record.replicationGroup?.name ?? null,
  };
}

/**
 * One page of a vault's replicated items. A page past the end (a bookmark to a list
 * that has since shrunk) returns the last page instead of an empty one.
 *
 * The page is found by name first and read whole second: a name is unique in its vault, so
 * walking to a late page can use the (vault, name) index alone instead of sorting every row.
 */
export async function listReplicatedItems(vaultId: string, query: ReplicatedItemsQuery, db: Db = getDb()): Promise<ReplicatedItemsPage> {
  const where = whereFor(vaultId, query);
  const orderBy = orderFor(query.sort, query.dir);
  const pageSize = REPLICATED_ITEMS_PAGE_SIZE;
  const readPage = async (page: number) => {
    const keys = await db.replicatedItem.findMany({ where, orderBy, select: { friendlyName: true }, skip: (page - 1) * pageSize, take: pageSize });
    const names = keys.map((key) => key.friendlyName);
    const records = await db.replicatedItem.findMany({ where: { vaultId, friendlyName: { in: names } }, select: rowSelect });
    const byName = new Map(records.map((record) => [record.friendlyName, record]));
    return names.flatMap((name) => byName.get(name) ?? []);
  };

  const [total, records] = await Promise.all([db.replicatedItem.count({ where }), readPage(query.page)]);
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  if (query.page <= lastPage) {
    return { items: records.map(toRow), total, page: query.page, pageSize };
  }
  return { items: (await readPage(lastPage)).map(toRow), total, page: lastPage, pageSize };
}
