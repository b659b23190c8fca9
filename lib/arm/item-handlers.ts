import type { NextRequest } from 'next/server';
import { armJson, type ArmContext, type ArmParams } from './arm-route';
import { listProtectedItems } from '../data/protected-items';
import { pageOf, readPage } from './paging';
import { parseItemFilter, toArmProtectedItem } from './protected-items';
import { badParameter } from './route-helpers';

/** replicationProtectedItems.list and listByReplicationProtectionContainers: $filter, then a page by name with its nextLink. */
export async function listItemsResponse(request: NextRequest, context: ArmContext<ArmParams>, configurationServerId?: string): Promise<Response> {
  const search = request.nextUrl.searchParams;
  const filter = parseItemFilter(search.get('$filter'));
  if (!filter.ok) return badParameter('$filter', filter.message);
  const page = readPage(search);
  if (!page.ok) return badParameter(page.parameter, page.message);
  const { vault } = context.grant;
  const { items, more } = await listProtectedItems(vault.id, { ...filter.filter, configurationServerId }, page);
  return armJson(pageOf(items.map((item) => toArmProtectedItem(item, vault.location, context.ids)), more, request.url, page));
}
