'use client';

import { ListFilterBar, SearchFilter, SelectFilter, pickChoice, type FilterChoice } from '@/components/lists/list-filters';
import { JOB_TIME_RANGES, JOB_TYPES, jobTimeRangeLabel } from '@/lib/domain/jobs/job-display';
import { JOB_STATES } from '@/lib/domain/jobs/job-state';
import { jobStateLabel } from '@/lib/domain/protection-status';
import { DEFAULT_JOBS_QUERY, type JobsFilters } from '@/lib/schemas/jobs-params';

const ALL = 'all';

const STATUS_CHOICES: FilterChoice[] = [{ value: ALL, text: 'All' }, ...JOB_STATES.map((state) => ({ value: state, text: jobStateLabel(state) }))];
const TYPE_CHOICES: FilterChoice[] = [{ value: ALL, text: 'All' }, ...JOB_TYPES.map((type) => ({ value: type.scenario, text: type.label }))];
const RANGE_CHOICES: FilterChoice[] = JOB_TIME_RANGES.map((range) => ({ value: range, text: jobTimeRangeLabel(range) }));
const JOB_SCENARIOS = JOB_TYPES.map((type) => type.scenario);

export function hasJobFilters(filters: JobsFilters): boolean {
  return Boolean(filters.q || filters.status || filters.type || filters.plan || filters.range !== DEFAULT_JOBS_QUERY.range);
}

/** A recovery plan the list can be narrowed to. */
export interface PlanChoice {
  id: string;
  name: string;
}

function planChoices(plans: readonly PlanChoice[], selected: string | undefined): FilterChoice[] {
  const choices = [{ value: ALL, text: 'All' }, ...plans.map((plan) => ({ value: plan.id, text: plan.name }))];
  // A link to a plan that has since been removed still says what it filters by.
  if (selected && !plans.some((plan) => plan.id === selected)) choices.push({ value: selected, text: 'A removed plan' });
  return choices;
}

interface JobsFilterBarProps {
  filters: JobsFilters;
  plans: readonly PlanChoice[];
  onChange: (filters: JobsFilters) => void;
}

export function JobsFilterBar({ filters, plans, onChange }: JobsFilterBarProps) {
  const planIds = plans.map((plan) => plan.id);
  return (
    <ListFilterBar label="Filter jobs" onClear={hasJobFilters(filters) ? () => onChange({ range: DEFAULT_JOBS_QUERY.range }) : undefined}>
      <SearchFilter label="Item" placeholder="Filter by item name" value={filters.q} onCommit={(q) => onChange({ ...filters, q })} />
      <SelectFilter label="Status" choices={STATUS_CHOICES} value={filters.status ?? ALL} onSelect={(value) => onChange({ ...filters, status: pickChoice(JOB_STATES, value) })} />
      <SelectFilter label="Type" choices={TYPE_CHOICES} value={filters.type ?? ALL} onSelect={(value) => onChange({ ...filters, type: pickChoice(JOB_SCENARIOS, value) })} />
      <SelectFilter
        label="Recovery plan"
        choices={planChoices(plans, filters.plan)}
        value={filters.plan ?? ALL}
        onSelect={(value) => onChange({ ...filters, plan: pickChoice(planIds, value) })}
      />
      <SelectFilter
        label="Time range"
        choices={RANGE_CHOICES}
        value={filters.range}
        onSelect={(value) => onChange({ ...filters, range: pickChoice(JOB_TIME_RANGES, value) ?? DEFAULT_JOBS_QUERY.range })}
      />
    </ListFilterBar>
  );
}
