import { Caption1, Field } from '@fluentui/react-components';
import type { PlanReprotectBladeData } from '@/lib/schemas/recovery-plan-reprotect';

/** The plan's machines left out of the operation (by default the reprotect), each with why. */
export function PlanSkippedMachines({ skipped, done = 'reprotected' }: { skipped: PlanReprotectBladeData['skipped']; done?: string }) {
  if (skipped.length === 0) return null;
  return (
    <Field label={`Not ${done} (${skipped.length})`}>
      <ul aria-label={`Machines not ${done}`} style={{ margin: 0, paddingLeft: 20 }}>
        {skipped.map((machine) => (
          <li key={machine.itemId}>
            <strong>{machine.name}</strong> <Caption1>Skipped: {machine.reason}</Caption1>
          </li>
        ))}
      </ul>
    </Field>
  );
}
