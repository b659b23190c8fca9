import { cycleStage, operationDirection, stateRefusal, type CycleItem, type CycleStage } from './operations';

// Which machines of a recovery plan an operation on the plan concerns. A machine the
// operation is for, or one on its way there (a failover still running, a reprotect not
// finished), gets a row, so that the blade says what blocks it; a machine the operation
// has nothing to do with is left out, with the table's word why.

export type PlanOperation = 'UnplannedFailover' | 'Commit' | 'ReprotectToAzure';

const ROW_STAGES: Record<PlanOperation, readonly CycleStage[]> = {
  UnplannedFailover: ['ProtectedToOnPremises', 'FailbackFailed', 'FailedOverToAzure', 'ReprotectingToOnPremises', 'FailoverToAzureCommitPending', 'FailingBack'],
  Commit: ['FailbackCommitPending', 'FailoverToAzureCommitPending', 'FailingBack', 'FailingOverToAzure', 'FailbackFailed'],
  ReprotectToAzure: ['CommittedOnPremises', 'FailbackCommitPending', 'ReprotectingToAzure', 'FailingBack', 'FailbackFailed'],
};

const OPERATION_OF = { UnplannedFailover: 'UnplannedFailover', Commit: 'Commit', ReprotectToAzure: 'ReverseReplicate' } as const;

/** Whether the plan operation may act on this machine now. */
export function planMachineAllowed(item: Omit<CycleItem, 'name'>, operation: PlanOperation): boolean {
  const direction = operationDirection(item, OPERATION_OF[operation]);
  if (operation === 'ReprotectToAzure') return direction === 'PrimaryToRecovery';
  if (operation === 'UnplannedFailover') return direction === 'RecoveryToPrimary';
  return direction !== null;
}

/** Why a machine of the plan is left out of the operation, or null when it gets a row. */
export function planMachineSkipReason(item: CycleItem, operation: PlanOperation): string | null {
  if (ROW_STAGES[operation].includes(cycleStage(item))) return null;
  return stateRefusal(item, OPERATION_OF[operation]) ?? `${item.name} is not concerned by this operation.`;
}

const NOTHING: Record<PlanOperation, string> = {
  UnplannedFailover: 'No machine of this recovery plan is protected from Azure to on-premises, so none can fail over. Reprotect the plan first.',
  Commit: 'No machine of this recovery plan has a failover waiting for its commit.',
  ReprotectToAzure: 'No machine of this recovery plan has failed back and been committed on-premises.',
};

const RUNNING: Record<PlanOperation, string> = {
  UnplannedFailover: 'A failover of this recovery plan is in progress.',
  Commit: 'A commit of this recovery plan is in progress.',
  ReprotectToAzure: 'A reprotect of this recovery plan is in progress.',
};

/** Whether the plan's command applies: some machine it may act on, and no such operation of the plan running. */
export function planOperationCommandState(
  machines: ReadonlyArray<Omit<CycleItem, 'name'>>,
  operation: PlanOperation,
  running: boolean,
): { enabled: boolean; reason?: string } {
  if (running) return { enabled: false, reason: RUNNING[operation] };
  return machines.some((machine) => planMachineAllowed(machine, operation)) ? { enabled: true } : { enabled: false, reason: NOTHING[operation] };
}

/**
 * Whether the rows submitted are exactly the machines that get one, as the plan is now.
 * Returns the problems, worded for the operator.
 */
export function planCoverageProblems(machines: ReadonlyArray<CycleItem & { id: string }>, rowItemIds: readonly string[], operation: PlanOperation): string[] {
  const submitted = new Set(rowItemIds);
  const members = new Set(machines.map((machine) => machine.id));
  const problems: string[] = [];
  if (rowItemIds.some((id) => !members.has(id))) problems.push('Some rows are for machines that are not in this recovery plan any more.');
  for (const machine of machines) {
    const skip = planMachineSkipReason(machine, operation);
    if (skip && submitted.has(machine.id)) problems.push(skip);
    if (!skip && !submitted.has(machine.id)) problems.push(`${machine.name} is part of this operation too: every machine of the plan it concerns goes with it. Reload the blade.`);
  }
  return problems;
}
