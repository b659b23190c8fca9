'use client';

import {
  Button,
  Dropdown,
  Label,
  Option,
  SearchBox,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { OS_TYPES, PROTECTION_STATES, protectionStateDescription } from '@/lib/domain/protection-status';
import type { ReplicatedItemsFilters } from '@/lib/schemas/replicated-items';

const SEARCH_DEBOUNCE_MS = 300;
const ALL = 'all';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: '12px 16px', marginBottom: '12px' },
  field: { display: 'flex', flexDirection: 'column', gap: '2px' },
  label: { color: tokens.colorNeutralForeground2 },
  search: { width: '260px' },
  dropdown: { minWidth: '200px' },
});

interface ReplicatedItemsFiltersProps {
  filters: ReplicatedItemsFilters;
  onChange: (filters: ReplicatedItemsFilters) => void;
}

const STATE_OPTIONS = [{ value: ALL, text: 'All' }, ...PROTECTION_STATES.map((state) => ({ value: state, text: protectionStateDescription(state) }))];
const OS_OPTIONS = [{ value: ALL, text: 'All' }, ...OS_TYPES.map((os) => ({ value: os, text: os }))];

export function ReplicatedItemsFilterBar({ filters, onChange }: ReplicatedItemsFiltersProps) {
  const styles = useStyles();
  const searchId = useId('filter-name');
  const stateLabelId = useId('filter-state');
  const osLabelId = useId('filter-os');
  const [searchText, setSearchText] = useState(filters.q ?? '');
  const [committedSearch, setCommittedSearch] = useState(filters.q);

  // Clearing filters or following a link changes q from outside: show it in the box.
  if (committedSearch !== filters.q) {
    setCommittedSearch(filters.q);
    if ((searchText.trim() || undefined) !== filters.q) setSearchText(filters.q ?? '');
  }

  useEffect(() => {
    const q = searchText.trim() || undefined;
    if (q === filters.q) return;
    const timer = setTimeout(() => onChange({ ...filters, q }), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [searchText, filters, onChange]);

  const stateText = STATE_OPTIONS.find((option) => option.value === (filters.state ?? ALL))?.text ?? 'All';
  const osText = filters.os ?? 'All';
  const hasFilters = Boolean(filters.q || filters.state || filters.os);

  return (
    <div className={styles.bar} role="search" aria-label="Filter replicated items">
      <div className={styles.field}>
        <Label htmlFor={searchId} size="small" className={styles.label}>
          Name
        </Label>
        <SearchBox
          id={searchId}
          className={styles.search}
          placeholder="Filter by name"
          value={searchText}
          onChange={(_, data) => setSearchText(data.value)}
        />
      </div>
      <div className={styles.field}>
        <Label id={stateLabelId} size="small" className={styles.label}>
          Status
        </Label>
        <Dropdown
          aria-labelledby={stateLabelId}
          className={styles.dropdown}
          value={stateText}
          selectedOptions={[filters.state ?? ALL]}
          onOptionSelect={(_, data) => {
            const state = PROTECTION_STATES.find((value) => value === data.optionValue);
            onChange({ ...filters, state });
          }}
        >
          {STATE_OPTIONS.map((option) => (
            <Option key={option.value} value={option.value}>
              {option.text}
            </Option>
          ))}
        </Dropdown>
      </div>
      <div className={styles.field}>
        <Label id={osLabelId} size="small" className={styles.label}>
          OS type
        </Label>
        <Dropdown
          aria-labelledby={osLabelId}
          className={styles.dropdown}
          value={osText}
          selectedOptions={[filters.os ?? ALL]}
          onOptionSelect={(_, data) => {
            const os = OS_TYPES.find((value) => value === data.optionValue);
            onChange({ ...filters, os });
          }}
        >
          {OS_OPTIONS.map((option) => (
            <Option key={option.value} value={option.value}>
              {option.text}
            </Option>
          ))}
        </Dropdown>
      </div>
      {hasFilters && (
        <Button appearance="subtle" onClick={() => onChange({})}>
          Clear filters
        </Button>
      )}
    </div>
  );
}
