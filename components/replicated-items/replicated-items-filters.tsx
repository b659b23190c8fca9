'use client';

import { ListFilterBar, SearchFilter, SelectFilter, pickChoice, type FilterChoice } from '@/components/lists/list-filters';
import { OS_TYPES, PROTECTION_STATES, protectionStateDescription } from '@/lib/domain/protection-status';
import type { ReplicatedItemsFilters } from '@/lib/schemas/replicated-items';

const ALL = 'all';

const STATE_CHOICES: FilterChoice[] = [{ value: ALL, text: 'All' }, ...PROTECTION_STATES.map((state) => ({ value: state, text: protectionStateDescription(state) }))];
const OS_CHOICES: FilterChoice[] = [{ value: ALL, text: 'All' }, ...OS_TYPES.map((os) => ({ value: os, text: os }))];

interface ReplicatedItemsFiltersProps {
  filters: ReplicatedItemsFilters;
  onChange: (filters: ReplicatedItemsFilters) => void;
}

export function ReplicatedItemsFilterBar({ filters, onChange }: ReplicatedItemsFiltersProps) {
  const hasFilters = Boolean(filters.q || filters.state || filters.os);
  return (
    <ListFilterBar label="Filter replicated items" onClear={hasFilters ? () => onChange({}) : undefined}>
      <SearchFilter label="Name" placeholder="Filter by name" value={filters.q} onCommit={(q) => onChange({ ...filters, q })} />
      <SelectFilter
        label="Status"
        choices={STATE_CHOICES}
        value={filters.state ?? ALL}
        onSelect={(value) => onChange({ ...filters, state: pickChoice(PROTECTION_STATES, value) })}
      />
      <SelectFilter label="OS type" choices={OS_CHOICES} value={filters.os ?? ALL} onSelect={(value) => onChange({ ...filters, os: pickChoice(OS_TYPES, value) })} />
    </ListFilterBar>
  );
}
