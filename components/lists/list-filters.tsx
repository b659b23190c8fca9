'use client';

import { Button, Label, SearchBox, Select, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useEffect, useEffectEvent, useState, type ReactNode } from 'react';

/** How long typing pauses before the name filter is applied. */
const SEARCH_DEBOUNCE_MS = 300;

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: '12px 16px', marginBottom: '12px' },
  field: { display: 'flex', flexDirection: 'column', gap: '2px' },
  label: { color: tokens.colorNeutralForeground2 },
  search: { width: '250px' },
  select: { minWidth: '190px' },
});

export interface FilterChoice {
  value: string;
  text: string;
}

/** The value among `values` that a filter's choice names; undefined for "All" or anything unknown. */
export function pickChoice<T extends string>(values: readonly T[], value: string): T | undefined {
  return values.find((candidate) => candidate === value);
}

/** The row of filters above a list; `label` names it for assistive technology. */
export function ListFilterBar({ label, children, onClear }: { label: string; children: ReactNode; onClear?: () => void }) {
  const styles = useStyles();
  return (
    <div className={styles.bar} role="search" aria-label={label}>
      {children}
      {onClear && (
        <Button appearance="subtle" onClick={onClear}>
          Clear filters
        </Button>
      )}
    </div>
  );
}

interface SearchFilterProps {
  label: string;
  placeholder: string;
  /** The text the list is filtered by now (undefined: none). */
  value: string | undefined;
  /** Called with the trimmed text once typing pauses; undefined when the box is empty. */
  onCommit: (value: string | undefined) => void;
}

/** A search box that filters as the operator types, without a request per keystroke. */
export function SearchFilter({ label, placeholder, value, onCommit }: SearchFilterProps) {
  const styles = useStyles();
  const id = useId('list-search');
  const [text, setText] = useState(value ?? '');
  const [committed, setCommitted] = useState(value);

  // Clearing filters or following a link changes the value from outside: show it in the box.
  if (committed !== value) {
    setCommitted(value);
    if ((text.trim() || undefined) !== value) setText(value ?? '');
  }

  // The parent's latest callback, without restarting the pause on each of its renders.
  const commit = useEffectEvent((next: string | undefined) => onCommit(next));
  useEffect(() => {
    const next = text.trim() || undefined;
    if (next === value) return;
    const timer = setTimeout(() => commit(next), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, value]);

  return (
    <div className={styles.field}>
      <Label htmlFor={id} size="small" className={styles.label}>
        {label}
      </Label>
      <SearchBox id={id} className={styles.search} placeholder={placeholder} value={text} onChange={(_, data) => setText(data.value)} />
    </div>
  );
}

interface SelectFilterProps {
  label: string;
  choices: readonly FilterChoice[];
  value: string;
  onSelect: (value: string) => void;
}

/** A choice among a few fixed values; the browser's own list keeps the page light and keyboard-friendly. */
export function SelectFilter({ label, choices, value, onSelect }: SelectFilterProps) {
  const styles = useStyles();
  const id = useId('list-filter');
  return (
    <div className={styles.field}>
      <Label htmlFor={id} size="small" className={styles.label}>
        {label}
      </Label>
      <Select id={id} className={styles.select} value={value} onChange={(_, data) => onSelect(data.value)}>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.text}
          </option>
        ))}
      </Select>
    </div>
  );
}
