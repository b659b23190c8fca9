import * as z from 'zod/mini';
import { JOB_STATES } from '@/lib/domain/jobs/job-state';
import { CYCLE_STAGES } from '@/lib/domain/cycle/operations';
import { PROTECTION_STATES, REPLICATION_HEALTHS } from '@/lib/domain/protection-status';
import { jobStatusCountsSchema } from './jobs-page';

const countSchema = z.object({ healthy: z.number(), unhealthy: z.number() });

export const infrastructureHealthSchema = z.object({
  configurationServers: countSchema,
  processServers: countSchema,
  masterTargets: countSchema,
});
export type InfrastructureHealth = z.infer<typeof infrastructureHealthSchema>;

export const recentJobSchema = z.object({
  id: z.string(),
  name: z.string(),
  itemName: z.string(),
  state: z.enum(JOB_STATES),
  stateDescription: z.nullable(z.string()),
  time: z.iso.datetime(),
});
export type RecentJob = z.infer<typeof recentJobSchema>;

export const vaultOverviewSchema = z.object({
  totalItems: z.number(),
  // Every state and health appears, with 0 when no item has it, so cards keep a stable layout.
  itemsByProtectionState: z.array(z.object({ state: z.enum(PROTECTION_STATES), count: z.number() })),
  itemsByReplicationHealth: z.array(z.object({ health: z.enum(REPLICATION_HEALTHS), count: z.number() })),
  // Where the items stand in the failback cycle (protectionState and activeLocation together).
  itemsByCycleStage: z.array(z.object({ stage: z.enum(CYCLE_STAGES), count: z.number() })),
  infrastructure: infrastructureHealthSchema,
  recentJobs: z.array(recentJobSchema),
  jobCounts: jobStatusCountsSchema,
});
export type VaultOverview = z.infer<typeof vaultOverviewSchema>;
