import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { seedDemoVault } from '../data/seed/demo-vault';
import { restartJob } from './actions';
import { createRunner } from './runner';

// The demo vault's VMs that fail by design, end to end through the engine.
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoVault(database.db);
});
afterAll(() => database.stop());

const runner = () => createRunner({ db: database.db, speed: 'instant', recoveryPoints: false });

async function drain() {
  const worker = runner();
  while (await worker.runOnce()) {
    // run until the queue is empty
  }
}

const itemNamed = (name: string) => database.db.replicatedItem.findFirstOrThrow({ where: { friendlyName: name } });

describe('the demo vault', () => {
  it('restarting the failed reprotect of app-stopped-01 fails again while its Azure VM is stopped', async () => {
    const failed = await database.db.job.findFirstOrThrow({ where: { targetObjectName: 'app-stopped-01', state: 'Failed' } });
    expect(await restartJob(database.db, failed.id)).toEqual({ ok: true });
    await drain();
    const job = await database.db.job.findUniqueOrThrow({ where: { id: failed.id }, include: { errors: { orderBy: { creationTime: 'desc' } } } });
    expect(job.state).toBe('Failed');
    expect(job.errors[0]?.errorCode).toBe('78093');
  });

  it('after the Azure VM is started, Restart on the failed job succeeds and the VM is protected', async () => {
    const item = await itemNamed('app-stopped-01');
    await database.db.replicatedItem.update({ where: { id: item.id }, data: { azureVmRunning: true } });
    const failed = await database.db.job.findFirstOrThrow({ where: { targetObjectName: 'app-stopped-01', state: 'Failed' } });
    expect(await restartJob(database.db, failed.id)).toEqual({ ok: true });
    await drain();
    expect((await database.db.job.findUniqueOrThrow({ where: { id: failed.id } })).state).toBe('Succeeded');
    expect(await itemNamed('app-stopped-01')).toMatchObject({ protectionState: 'Protected', activeLocation: 'Recovery', replicationHealth: 'Normal' });
  });
});
