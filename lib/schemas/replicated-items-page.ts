// The page of rows the grid shows: returned by listReplicatedItems and, as JSON, by the
// GET route. Kept apart from the query schema so the browser does not load it.
import * as z from 'zod/mini';
import {
  ACTIVE_LOCATIONS,
  OS_TYPES,
  PROTECTION_STATES,
  REPLICATION_HEALTHS,
} from '@/lib/domain/protection-status';

export const replicatedItemRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  protectionState: z.enum(PROTECTION_STATES),
  replicationHealth: z.enum(REPLICATION_HEALTHS),
  activeLocation: z.enum(ACTIVE_LOCATIONS),
  osType: z.enum(OS_TYPES),
  /** The OS as the portal shows it, distribution and version: "Ubuntu 18.04", "Windows Server 2012 R2". */
  osName: z.string(),
  rpoInSeconds: z.nullable(z.number()),
  lastSuccessfulFailoverTime: z.nullable(z.iso.datetime()),
  replicationGroupName: z.nullable(z.string()),
});
export type ReplicatedItemRow = z.infer<typeof replicatedItemRowSchema>;

export const replicatedItemsPageSchema = z.object({
  items: z.array(replicatedItemRowSchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type ReplicatedItemsPage = z.infer<typeof replicatedItemsPageSchema>;
