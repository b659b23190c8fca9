'use client';

import { Button, Dropdown, Label, Option, SearchBox, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { JOB_TIME_RANGES, JOB_TYPES, jobTimeRangeLabel } from '@/lib/domain/jobs/job-display';
import { JOB_STATES } from '@/lib/domain/jobs/job-state';
import { jobStateLabel } from '@/lib/domain/protection-status';
import { DEFAULT_JOBS_QUERY, type JobsFilters } from '@/lib/schemas/jobs-params';

const SEARCH_DEBOUNCE_MS = 300;
const ALL = 'all';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: '12px 16px', marginBottom: '12px' },
  field: { display: 'flex', flexDirection: 'column', gap: '2px' },
  label: { color: tokens.colorNeutralForeground2 },
  search: { width: '240px' },
  dropdown: { minWidth: '180px' },
});

interface Choice {
  value: string;
  text: string;
}

const STATUS_CHOICES: Choice[] = [{ value: ALL, text: 'All' }, ...JOB_STATES.map((state) => ({ value: state, text: jobStateLabel(state) }))];
const TYPE_CHOICES: Choice[] = [{ value: ALL, text: 'All' }, ...JOB_TYPES.map((type) => ({ value: type.scenario, text: type.label }))];
const RANGE_CHOICES: Choice[] = JOB_TIME_RANGES.map((range) => ({ value: range, text: jobTimeRangeLabel(range) }));

function FilterDropdown({ label, choices, value, onSelect }: { label: string; choices: Choice[]; value: string; onSelect: (value: string) => void }) {
  const styles = useStyles();
  const labelId = useId('jobs-filter');
  return (
    <div className={styles.field}>
      <Label id={labelId} size="small" className={styles.label}>
        {label}
      </Label>
      <Dropdown
        aria-labelledby={labelId}
        className={styles.dropdown}
        value={choices.find((choice) => choice.value === value)?.text ?? ''}
        selectedOptions={[value]}
        onOptionSelect={(_, data) => data.optionValue && onSelect(data.optionValue)}
      >
        {choices.map((choice) => (
          <Option key={choice.value} value={choice.value}>
            {choice.text}
          </Option>
        ))}
      </Dropdown>
    </div>
  );
}

const pick = <T extends string>(values: readonly T[], value: string): T | undefined => values.find((candidate) => candidate === value);

export function hasJobFilters(filters: JobsFilters): boolean {
  return Boolean(filters.q || filters.status || filters.type || filters.range !== DEFAULT_JOBS_QUERY.range);
}

export function JobsFilterBar({ filters, onChange }: { filters: JobsFilters; onChange: (filters: JobsFilters) => void }) {
  const styles = useStyles();
  const searchId = useId('jobs-filter-item');
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

  return (
    <div className={styles.bar} role="search" aria-label="Filter jobs">
      <div className={styles.field}>
        <Label htmlFor={searchId} size="small" className={styles.label}>
          Item
        </Label>
        <SearchBox
          id={searchId}
          className={styles.search}
          placeholder="Filter by item name"
          value={searchText}
          onChange={(_, data) => setSearchText(data.value)}
        />
      </div>
      <FilterDropdown
        label="Status"
        choices={STATUS_CHOICES}
        value={filters.status ?? ALL}
        onSelect={(value) => onChange({ ...filters, status: pick(JOB_STATES, value) })}
      />
      <FilterDropdown
        label="Type"
        choices={TYPE_CHOICES}
        value={filters.type ?? ALL}
        onSelect={(value) => onChange({ ...filters, type: pick(JOB_TYPES.map((type) => type.scenario), value) })}
      />
      <FilterDropdown
        label="Time range"
        choices={RANGE_CHOICES}
        value={filters.range}
        onSelect={(value) => onChange({ ...filters, range: pick(JOB_TIME_RANGES, value) ?? DEFAULT_JOBS_QUERY.range })}
      />
      {hasJobFilters(filters) && (
        <Button appearance="subtle" onClick={() => onChange({ range: DEFAULT_JOBS_QUERY.range })}>
          Clear filters
        </Button>
      )}
    </div>
  );
}
