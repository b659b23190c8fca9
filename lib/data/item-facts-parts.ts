// Parts every item's facts are made of alike (reprotect either way, failover, commit, the
// item's page), from the rows their queries select.

interface PlanMembership {
  group: { plan: { id: string; friendlyName: string } };
}

/** The recovery plans an item belongs to, each once (an item may sit in several groups of one plan). */
export function recoveryPlansOf(memberships: readonly PlanMembership[]): Array<{ id: string; name: string }> {
  const plans = new Map(memberships.map((membership) => [membership.group.plan.id, membership.group.plan.friendlyName]));
  return [...plans].map(([id, name]) => ({ id, name }));
}

/** The operation holding the item: its newest active job, selected first. */
export function activeJobOf(jobs: ReadonlyArray<{ id: string; friendlyName: string }>): { id: string; name: string } | null {
  const job = jobs[0];
  return job ? { id: job.id, name: job.friendlyName } : null;
}

export function configurationServerFacts<Heartbeat extends Date | null>(server: { friendlyName: string; connectionState: string; lastHeartbeat: Heartbeat }) {
  return { friendlyName: server.friendlyName, connected: server.connectionState === 'Connected', lastHeartbeat: server.lastHeartbeat };
}
