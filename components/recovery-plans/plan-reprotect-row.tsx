'use client';

import { osLabel } from '@/lib/domain/reprotect/os-version';
import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ChoiceField, FieldBlockers } from '@/components/reprotect/choice-field';
import { ReasonBars } from '@/components/reprotect/reason-bar';
import type { ReprotectFacts } from '@/lib/domain/reprotect/facts';
import type { PlanRowEvaluation } from '@/lib/domain/reprotect/plan-rules';
import { isBlocking, type Reason } from '@/lib/domain/reprotect/reasons';
import type { PlanReprotectRow } from '@/lib/schemas/recovery-plan-reprotect';
import { pluralize } from '@/lib/domain/plural';
import { FILL_FIELDS, FILL_ORDER, type FillField } from './plan-fill';

const useStyles = makeStyles({
  row: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: '8px', padding: '12px 0', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  header: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap', margin: 0 },
  detail: { color: tokens.colorNeutralForeground3 },
  fields: {
    display: 'grid',
    gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
    alignItems: 'start',
    gap: '12px 16px',
    // Fluent's dropdown keeps a minimum width of its own; here it follows its column.
    '& .fui-Dropdown': { minWidth: 0, width: '100%' },
  },
});

interface PlanReprotectRowProps {
  facts: ReprotectFacts;
  values: PlanReprotectRow | undefined;
  evaluation: PlanRowEvaluation;
  /** The schema's messages for this row (after OK), by field. */
  errors: Partial<Record<FillField, string>>;
  onChoose(field: FillField, id: string): void;
  vaultName: string;
  disabled: boolean;
}

const PLACEHOLDERS: Record<FillField, string> = {
  masterTargetId: 'Select a master target',
  processServerId: 'Select a process server',
  datastoreId: 'Select a datastore',
  retentionVolumeId: 'Select a retention drive',
};

/** The refusals of a field, as soon as they are known; "select a value" waits for OK (the schema says it). */
function fieldBlockers(reasons: Reason[], field: FillField): Reason[] {
  return reasons.filter((r) => r.field === field && isBlocking(r) && r.code !== 'SELECTION_REQUIRED');
}

/**
 * One machine of the plan: its four choices, judged like the single-VM blade. The
 * plan's rules concern several rows, so they show as bars on each row they touch.
 */
export function PlanReprotectRowFields({ facts, values, evaluation, errors, onChoose, vaultName, disabled }: PlanReprotectRowProps) {
  const styles = useStyles();
  const { item } = facts;
  const rowReasons = [
    ...evaluation.evaluation.itemReasons,
    ...evaluation.planReasons,
    ...evaluation.evaluation.selectionReasons.filter((r) => r.severity === 'warning'),
  ];
  const headingId = `plan-row-${item.id}`;
  const mtChosen = Boolean(values?.masterTargetId);
  return (
    <section className={styles.row} role="group" aria-labelledby={headingId}>
      <h3 className={styles.header}>
        <Text weight="semibold" id={headingId}>
          {item.name}
        </Text>
        <Text size={200} className={styles.detail}>
          {osLabel(item)} · {pluralize(item.diskCount, 'disk')}
        </Text>
        {item.replicationGroup ? (
          <Badge appearance="tint" color="informative">
            {item.replicationGroup.name}
          </Badge>
        ) : null}
      </h3>
      <div className={styles.fields}>
        {FILL_ORDER.map((field) => {
          const dependsOnMt = field === 'datastoreId' || field === 'retentionVolumeId';
          const blockers = fieldBlockers(evaluation.evaluation.selectionReasons, field);
          return (
            <ChoiceField
              key={field}
              label={FILL_FIELDS[field].label}
              nouns={FILL_FIELDS[field].nouns}
              placeholder={dependsOnMt && !mtChosen ? 'Select a master target first' : PLACEHOLDERS[field]}
              value={values?.[field] ?? ''}
              choices={evaluation.evaluation[FILL_FIELDS[field].list]}
              onChange={(id) => onChoose(field, id)}
              error={blockers.length > 0 ? <FieldBlockers reasons={blockers} vaultName={vaultName} /> : errors[field]}
              disabled={disabled || (dependsOnMt && !mtChosen)}
            />
          );
        })}
      </div>
      <ReasonBars reasons={rowReasons} vaultName={vaultName} />
    </section>
  );
}
