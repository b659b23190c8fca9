// The Jobs grid's columns: shared by the grid and its loading skeleton, which takes the grid's
// shape so that the page does not jump when the list arrives.

export type JobColumnKey = 'name' | 'item' | 'status' | 'attempts' | 'startedBy' | 'start' | 'duration';

export const JOB_COLUMNS: readonly { key: JobColumnKey; title: string; width: string }[] = [
  { key: 'name', title: 'Name', width: '15%' },
  { key: 'item', title: 'Item', width: '18%' },
  { key: 'status', title: 'Status', width: '16%' },
  { key: 'attempts', title: 'Attempts', width: '8%' },
  { key: 'startedBy', title: 'Started by', width: '15%' },
  { key: 'start', title: 'Start time', width: '17%' },
  { key: 'duration', title: 'Duration', width: '11%' },
];
