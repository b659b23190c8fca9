'use client';

import { useEffect, useEffectEvent, useState, type ReactNode } from 'react';
import { NativeButton } from '@/components/ui/buttons';
import { SearchField, SelectField, type SelectChoice } from '@/components/ui/fields';
import styles from './lists.module.css';

/** How long typing pauses before the name filter is applied. */
const SEARCH_DEBOUNCE_MS = 300;

export type FilterChoice = SelectChoice;

/** The value among `values` that a filter's choice names; undefined for "All" or anything unknown. */
export function pickChoice<T extends string>(values: readonly T[], value: string): T | undefined {
  return values.find((candidate) => candidate === value);
}

/** The row of filters above a list; `label` names it for assistive technology. */
export function ListFilterBar({ label, children, onClear }: { label: string; children: ReactNode; onClear?: () => void }) {
  return (
    <div className={styles.filterBar} role="search" aria-label={label}>
      {children}
      {onClear && (
        <NativeButton appearance="subtle" onClick={onClear}>
          Clear filters
        </NativeButton>
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

  return <SearchField label={label} placeholder={placeholder} value={text} onChange={setText} width="250px" />;
}

interface SelectFilterProps {
  label: string;
  choices: readonly FilterChoice[];
  value: string;
  onSelect: (value: string) => void;
}

/** A choice among a few fixed values; the browser's own list keeps the page light and keyboard-friendly. */
export function SelectFilter({ label, choices, value, onSelect }: SelectFilterProps) {
  return <SelectField label={label} choices={choices} value={value} onChange={onSelect} minWidth="190px" />;
}
