import type { StatusTone } from '../protection-status';
import type { MasterTargetFacts, ProcessServerFacts, SiteConnectivity } from '../reprotect/facts';
import { masterTargetChecks, type MasterTargetCheckResult } from '../reprotect/master-target-checks';
import { processServerReasons } from '../reprotect/process-server-rules';
import { isBlocking, type Reason } from '../reprotect/reasons';
import { pluralize } from '../plural';

// One word per server for the infrastructure lists, from the rules the Re-Protect
// blade applies, so a list never calls usable what the blade refuses.

export interface Verdict {
  tone: StatusTone;
  label: string;
}

export function processServerVerdict(ps: ProcessServerFacts, connectivity: SiteConnectivity, now: Date): Verdict & { reasons: Reason[] } {
  const reasons = processServerReasons(ps, connectivity, now);
  if (reasons.some(isBlocking)) return { tone: 'danger', label: 'Not usable', reasons };
  if (reasons.length > 0) return { tone: 'warning', label: 'Usable, not recommended', reasons };
  return { tone: 'success', label: 'Usable', reasons };
}

export function masterTargetVerdict(mt: MasterTargetFacts, now: Date): Verdict & { checks: MasterTargetCheckResult[]; failed: number } {
  const checks = masterTargetChecks(mt, { now });
  const failed = checks.filter((check) => check.status === 'failed').length;
  return failed === 0
    ? { tone: 'success', label: 'Ready', checks, failed }
    : { tone: 'danger', label: `${pluralize(failed, 'check')} failed`, checks, failed };
}

export const locationLabel = (location: 'Azure' | 'OnPremises') => (location === 'Azure' ? 'Azure' : 'On-premises');

export const accessLabel = (access: 'ReadWrite' | 'ReadOnly') => (access === 'ReadWrite' ? 'Read-write' : 'Read-only');
