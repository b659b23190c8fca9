import 'server-only';
import type { Db } from '../data/db';

/** How often the simulated site's agents report in. */
export const HEARTBEAT_INTERVAL_MS = 60_000;

/**
 * The simulated on-premises site: every agent that is running reports a heartbeat.
 * A configuration server that is not connected, a process server that cannot reach
 * it and any server whose agent was stopped stay silent, so their heartbeat ages
 * and the rules see them as not responding.
 */
export async function tickHeartbeats(db: Db, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.configurationServer.updateMany({ where: { connectionState: 'Connected' }, data: { lastHeartbeat: now } });
    await tx.processServer.updateMany({
      where: { agentResponding: true, canReachConfigurationServer: true },
      data: { lastHeartbeat: now },
    });
    // Master targets in id order, the global lock order of lockForReprotect: a plain
    // update would lock them in storage order and could deadlock with a recovery plan's
    // reprotect that holds some of them.
    const responding = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "MasterTargetServer" WHERE "agentResponding" ORDER BY id FOR NO KEY UPDATE`;
    await tx.masterTargetServer.updateMany({ where: { id: { in: responding.map((mt) => mt.id) } }, data: { lastHeartbeat: now } });
  });
}
