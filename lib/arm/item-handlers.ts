import type { NextRequest } from 'next/server';
import { armJson, type ArmContext, type ArmParams } from './arm-route';
import { getItemReference, listProtectedItems, type ItemReference } from '../data/protected-items';
import { failure, type ActionResult } from '../schemas/action-result';
import { fabricOfContainer } from './resource-ids';
import { pageOf, readPage } from './paging';
import { parseItemFilter, toArmProtectedItem } from './protected-items';
import { badParameter, type ContainerParams } from './route-helpers';

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

export type ItemParams = ContainerParams & { replicatedProtectedItemName: string };

/** The replicated item the path names, under the fabric and container the path names, or the 404 failure to answer. */
export async function pathItem(context: ArmContext<ItemParams>): Promise<ActionResult<ItemReference>> {
  const { fabricName, protectionContainerName, replicatedProtectedItemName } = context.params;
  const item = await getItemReference(context.grant.vault.id, replicatedProtectedItemName);
  if (!item || item.configurationServerId !== fabricName || fabricOfContainer(protectionContainerName) !== fabricName) {
    return failure('not-found', `The replicated item '${String(replicatedProtectedItemName).slice(0, 100)}' was not found in protection container '${String(protectionContainerName).slice(0, 100)}'.`);
  }
  return { ok: true, data: item };
}

/** What a write on an item is about, recorded with a refusal. */
export const itemTarget = (params: ItemParams) => ({ type: 'replicatedItem' as const, id: String(params.replicatedProtectedItemName).slice(0, 64), name: String(params.replicatedProtectedItemName).slice(0, 64) });
