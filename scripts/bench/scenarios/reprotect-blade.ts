import { loadReprotectFacts } from '../../../lib/data/reprotect-facts';
import { createBenchVault } from '../../../lib/data/seed/bench-vault';
import { evaluateReprotect } from '../../../lib/domain/reprotect/evaluate';
import { percentile, timeRequests } from '../http';
import { defineScenario } from '../scenarios';

const SAMPLES = 60;
const TARGET_MS = 100;

export const reprotectBlade = defineScenario({
  name: 'reprotect-blade',
  title: `Re-Protect blade with 50 master targets of 20 volumes (target: server time p95 <= ${TARGET_MS} ms)`,
  async prepare(db) {
    const vault = await createBenchVault(db, { items: 500, masterTargets: 50, volumesPerMasterTarget: 20, name: 'bench-blade' });
    const item = await db.replicatedItem.findFirstOrThrow({
      where: { vaultId: vault.vaultId, protectionState: 'UnplannedFailoverCommitted', osType: 'Windows', replicationGroupId: null },
      select: { id: true },
    });
    const mt = await db.masterTargetServer.findFirstOrThrow({ where: { vaultId: vault.vaultId, osType: 'Windows' }, select: { id: true } });
    return { ...vault, itemId: item.id, masterTargetId: mt.id };
  },
  async run({ db, baseUrl, data }) {
    // In process: what the blade's server component does before rendering.
    const samples: number[] = [];
    for (let i = 0; i < SAMPLES + 5; i += 1) {
      const start = performance.now();
      const facts = await loadReprotectFacts(db, data.itemId);
      if (!facts) throw new Error('bench item vanished');
      evaluateReprotect(facts, { masterTargetId: data.masterTargetId });
      if (i >= 5) samples.push(performance.now() - start);
    }
    const facts = await loadReprotectFacts(db, data.itemId);
    const evaluation = facts && evaluateReprotect(facts, { masterTargetId: data.masterTargetId });
    const http = await timeRequests(
      'validation request',
      `${baseUrl}/api/vaults/${data.vaultName}/replicated-items/${data.itemId}/reprotect-validation?masterTargetId=${data.masterTargetId}`,
      SAMPLES,
    );
    const blade = await timeRequests(
      'blade page',
      `${baseUrl}/vaults/${data.vaultName}/replicated-items?reprotect=${data.itemId}`,
      SAMPLES,
    );
    const rows = [
      ['load facts + evaluate (in process)', samples],
      ['GET reprotect-validation (server)', http.samples],
      ['GET items page with the blade open', blade.samples],
    ] as const;
    console.log(`  choices: ${evaluation?.masterTargets.length} master targets, ${evaluation?.retentionVolumes.length} volumes of the chosen one, ${evaluation?.datastores.length} datastores`);
    for (const [label, values] of rows) {
      console.log(`  ${label.padEnd(40)} p50 ${percentile(values, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(values, 95).toFixed(1).padStart(6)} ms`);
    }
    return percentile(http.samples, 95) <= TARGET_MS;
  },
});
