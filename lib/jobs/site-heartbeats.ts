import 'server-only';
import type { Db } from '../data/db';

/** How often the simulated site's agents report in. */
export const HEARTBEAT_INTERVAL_MS = 60_000;

/**
 * The simulated on-premises site: every agent that is running reports a heartbeat.
 * A configuration server that is not connected, a process server that cannot reach
 * it and any server whose agent was stopped stay silent, so their heartbeat ages
 * and the rules see them as not responding. The agent of a VM that booted on-premises
 * registers with its configuration server once its time has come, if that server is connected.
 */
export async function tickHeartbeats(db: Db, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.configurationServer.updateMany({ where: { connectionState: 'Connected' }, data: { lastHeartbeat: now } });
    await tx.processServer.updateMany({
      where: { agentResponding: true, canReachConfigurationServer: true },
      data: { lastHeartbeat: now },
    });
    // Agents registering now, in id order: replicated items come before master targets
    // in the global lock order of lockForReprotect, and a recovery plan's submission
    // locks its items by id, so a plain update in storage order could deadlock with it.
    const registering = await tx.$queryRaw<{ id: string }[]>`
      SELECT i.id FROM "ReplicatedItem" i JOIN "ConfigurationServer" cs ON cs.id = i."configurationServerId"
      WHERE NOT i."agentRegistered" AND i."agentRegistersAt" <= ${now} AND cs."connectionState" = 'Connected'
      ORDER BY i.id FOR NO KEY UPDATE OF i`;
    if (registering.length > 0) {
      await tx.replicatedItem.updateMany({ where: { id: { in: registering.map((item) => item.id) } }, data: { agentRegistered: true, agentRegistersAt: null } });
    }
    // Master targets in id order, the global lock order of lockForReprotect: a plain
    // update would lock them in storage order and could deadlock with a recovery plan's
    // reprotect that holds some of them.
    const responding = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "MasterTargetServer" WHERE "agentResponding" ORDER BY id FOR NO KEY UPDATE`;
    await tx.masterTargetServer.updateMany({ where: { id: { in: responding.map((mt) => mt.id) } }, data: { lastHeartbeat: now } });
  });
}
