/**
 * What a recovery plan's failover, commit or reprotect-to-Azure blade is given: the facts
 * of the machines the operation concerns, and those left out with why.
 */
export interface PlanBladeData<Facts> {
  plan: { id: string; name: string };
  machines: Facts[];
  skipped: Array<{ itemId: string; name: string; reason: string }>;
}
