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
  await db.$transaction([
    db.configurationServer.updateMany({ where: { connectionState: 'Connected' }, data: { lastHeartbeat: now } }),
    db.processServer.updateMany({
      where: { agentResponding: true, canReachConfigurationServer: true },
      data: { lastHeartbeat: now },
    }),
    db.masterTargetServer.updateMany({ where: { agentResponding: true }, data: { lastHeartbeat: now } }),
    db.replicatedItem.updateMany({
      where: { agentRegistered: false, agentRegistersAt: { lte: now }, configurationServer: { connectionState: 'Connected' } },
      data: { agentRegistered: true, agentRegistersAt: null },
    }),
  ]);
}
