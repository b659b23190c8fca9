'use client';

import {
  Caption1,
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CommandBar } from '@/components/lists/command-bar';
import { useState } from 'react';
import type { ReprotectEvaluation } from '@/lib/domain/reprotect/evaluate';
import { FILL_FIELDS, FILL_ORDER, fillLabels, type FillField, type FillResult } from './plan-fill';
import { pluralize } from '@/lib/domain/plural';

const useStyles = makeStyles({
  root: { display: 'grid', gap: '8px', padding: '12px', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  list: { margin: '4px 0 0', paddingLeft: '20px' },
});

interface PlanBulkFillProps {
  evaluations: ReprotectEvaluation[];
  onFill(field: FillField, label: string): FillResult;
  disabled: boolean;
}

interface Outcome {
  field: FillField;
  label: string;
  result: FillResult;
}

/** "Apply to all rows": one value into every row that accepts it, and why the others did not. */
export function PlanBulkFill({ evaluations, onFill, disabled }: PlanBulkFillProps) {
  const styles = useStyles();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const total = evaluations.length;
  return (
    <div className={styles.root} role="group" aria-label="Apply to all rows">
      <Caption1>Apply one value to every machine. A machine keeps its own value where the rules refuse the new one.</Caption1>
      <CommandBar label="Apply to all rows" underlined={false}>
        {FILL_ORDER.map((field) => {
          const labels = fillLabels(evaluations, field);
          const { label: title } = FILL_FIELDS[field];
          return (
            <Menu key={field}>
              <MenuTrigger disableButtonEnhancement>
                <MenuButton appearance="subtle" disabled={disabled || labels.length === 0} aria-label={`Apply a ${title.toLowerCase()} to all rows`}>
                  {title}
                </MenuButton>
              </MenuTrigger>
              <MenuPopover>
                <MenuList>
                  {labels.map((label) => (
                    <MenuItem key={label} onClick={() => setOutcome({ field, label, result: onFill(field, label) })}>
                      {label}
                    </MenuItem>
                  ))}
                </MenuList>
              </MenuPopover>
            </Menu>
          );
        })}
      </CommandBar>
      {outcome ? (
        <MessageBar intent={outcome.result.skipped.length === 0 ? 'success' : 'warning'} role="status">
          <MessageBarBody>
            <MessageBarTitle>
              {FILL_FIELDS[outcome.field].label} {outcome.label} set for {outcome.result.applied.length} of {pluralize(total, 'machine')}.
            </MessageBarTitle>
            {outcome.result.skipped.length > 0 ? (
              <ul className={styles.list} aria-label="Machines not changed">
                {outcome.result.skipped.map((skip) => (
                  <li key={skip.name}>
                    Not set for {skip.name}: {skip.reason}
                  </li>
                ))}
              </ul>
            ) : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
