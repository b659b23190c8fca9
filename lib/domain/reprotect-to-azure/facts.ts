import type { ConfigurationServerFacts, ItemFacts, ProcessServerFacts } from '../reprotect/facts';

// Plain facts the rules of reprotect from on-premises to Azure read: the VM that failed
// back and runs on-premises, the process servers, and the forward policy it replicates with.

export interface ForwardItemFacts
  extends Pick<ItemFacts, 'id' | 'name' | 'protectionState' | 'activeLocation' | 'replicationGroup' | 'recoveryPlans' | 'activeJob' | 'agentRegistered'> {
  /** When the agent of the VM that booted on-premises registers with the configuration server. */
  agentRegistersAt: Date | null;
  inConfigurationServerDatabase: boolean;
}

export interface ForwardPolicyFacts {
  id: string;
  friendlyName: string;
  recoveryPointThresholdInMinutes: number;
  recoveryPointHistoryInMinutes: number;
  appConsistentFrequencyInMinutes: number;
}

/** Everything the forward Re-Protect blade needs to judge one VM. */
export interface ReprotectToAzureFacts {
  now: Date;
  configurationServer: ConfigurationServerFacts;
  item: ForwardItemFacts;
  processServers: ProcessServerFacts[];
  /** The forward policy of the configuration server the VM replicates with (not the failback policy). */
  forwardPolicy: ForwardPolicyFacts | null;
}

export interface ReprotectToAzureSelection {
  processServerId?: string;
}
