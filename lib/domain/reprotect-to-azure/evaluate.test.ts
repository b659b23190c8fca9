import { describe, expect, it } from 'vitest';
import { aProcessServer, codes, minutesAgo, NOW } from '../reprotect/test-fixtures';
import { evaluateReprotectToAzure } from './evaluate';
import type { ForwardItemFacts, ReprotectToAzureFacts } from './facts';

const item = (overrides: Partial<ForwardItemFacts> = {}): ForwardItemFacts => ({
  id: 'item-dc-02',
  name: 'dc-02',
  protectionState: 'UnplannedFailoverCommitted',
  activeLocation: 'Primary',
  replicationGroup: null,
  recoveryPlans: [],
  activeJob: null,
  agentRegistered: true,
  agentRegistersAt: null,
  inConfigurationServerDatabase: true,
  ...overrides,
});

const onPremPs = aProcessServer({ id: 'ps-cs', friendlyName: 'cs-contoso-01', location: 'OnPremises' });
const azurePs = aProcessServer({ id: 'ps-azure', friendlyName: 'ps-azure-weu-01', location: 'Azure' });

const facts = (overrides: Partial<ReprotectToAzureFacts> = {}): ReprotectToAzureFacts => ({
  now: NOW,
  configurationServer: { friendlyName: 'cs-contoso-01', connected: true, lastHeartbeat: minutesAgo(1) },
  item: item(),
  processServers: [azurePs, onPremPs],
  forwardPolicy: { id: 'pol', friendlyName: '24-hour-retention-policy', recoveryPointThresholdInMinutes: 60, recoveryPointHistoryInMinutes: 1440, appConsistentFrequencyInMinutes: 60 },
  ...overrides,
});

describe('reprotect from on-premises to Azure', () => {
  it('a committed on-premises VM with an on-premises process server can be reprotected, under the forward policy', () => {
    const evaluation = evaluateReprotectToAzure(facts(), { processServerId: 'ps-cs' });
    expect(evaluation.canSubmit).toBe(true);
    expect(evaluation.forwardPolicy?.friendlyName).toBe('24-hour-retention-policy');
  });

  it('offers only on-premises process servers, saying why an Azure one is not', () => {
    const evaluation = evaluateReprotectToAzure(facts(), { processServerId: 'ps-azure' });
    const azure = evaluation.processServers.find((choice) => choice.id === 'ps-azure');
    expect(azure?.eligible).toBe(false);
    expect(azure?.reasons[0]?.message).toContain('sent by a process server on-premises');
    expect(codes(evaluation.blockers)).toEqual(['PS_NOT_ON_PREMISES']);
  });

  it('Service: while the on-premises agent registers (up to 15 minutes) it warns that a reprotect fails now, and how long is left', () => {
    const evaluation = evaluateReprotectToAzure(facts({ item: item({ agentRegistered: false, agentRegistersAt: new Date(NOW.getTime() + 11 * 60_000) }) }), {
      processServerId: 'ps-cs',
    });
    expect(codes(evaluation.warnings)).toEqual(['ITEM_AGENT_NOT_REGISTERED']);
    expect(evaluation.warnings[0]?.message).toContain('not installed or not registered');
    expect(evaluation.warnings[0]?.message).toContain('about 11 minutes left');
    expect(evaluation.warnings[0]?.message).toContain('wait and retry');
    expect(evaluation.canSubmit).toBe(true);
  });

  it('is refused before commit, naming the state and what to do first', () => {
    const evaluation = evaluateReprotectToAzure(facts({ item: item({ protectionState: 'UnplannedFailoverCommitPendingStatesBegin' }) }), { processServerId: 'ps-cs' });
    expect(codes(evaluation.blockers)).toEqual(['ITEM_STATE_NOT_REPROTECTABLE']);
    expect(evaluation.blockers[0]?.message).toContain('Commit the failover, then reprotect it to Azure.');
  });

  it('sends a VM still in Azure to the other Re-Protect', () => {
    const evaluation = evaluateReprotectToAzure(facts({ item: item({ activeLocation: 'Recovery' }) }), { processServerId: 'ps-cs' });
    expect(evaluation.blockers[0]?.message).toContain('runs in Azure: it is reprotected from Azure to on-premises');
  });

  it('needs a connected configuration server, the VM in its database, and a forward policy', () => {
    const evaluation = evaluateReprotectToAzure(
      facts({
        configurationServer: { friendlyName: 'cs-contoso-01', connected: false, lastHeartbeat: minutesAgo(1) },
        item: item({ inConfigurationServerDatabase: false }),
        forwardPolicy: null,
      }),
      { processServerId: 'ps-cs' },
    );
    expect(codes(evaluation.blockers)).toEqual(['CONFIGURATION_SERVER_NOT_CONNECTED', 'ITEM_NOT_IN_CS_DATABASE', 'NO_FORWARD_POLICY']);
  });

  it('asks for a process server, and a replication group goes through its recovery plan', () => {
    const grouped = item({ replicationGroup: { id: 'rg', name: 'rg-finance' }, recoveryPlans: [{ id: 'rp', name: 'rp-finance' }] });
    expect(codes(evaluateReprotectToAzure(facts({ item: grouped }), {}).blockers)).toEqual(['ITEM_IN_REPLICATION_GROUP', 'SELECTION_REQUIRED']);
    expect(evaluateReprotectToAzure(facts({ item: grouped }), { processServerId: 'ps-cs' }, { viaRecoveryPlan: true }).canSubmit).toBe(true);
  });
});
