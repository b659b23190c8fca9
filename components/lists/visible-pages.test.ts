import { describe, expect, it } from 'vitest';
import { visiblePages } from './list-pager';

describe('visiblePages', () => {
  it('lists every page when there are few', () => {
    expect(visiblePages(1, 1)).toEqual([1]);
    expect(visiblePages(2, 3)).toEqual([1, 2, 3]);
  });

  it('keeps the first, the last and the neighbours of the current page', () => {
    expect(visiblePages(10, 20)).toEqual([1, 'gap', 9, 10, 11, 'gap', 20]);
    expect(visiblePages(1, 20)).toEqual([1, 2, 'gap', 20]);
    expect(visiblePages(20, 20)).toEqual([1, 'gap', 19, 20]);
  });

  it('shows a single skipped page instead of an ellipsis', () => {
    expect(visiblePages(4, 20)).toEqual([1, 2, 3, 4, 5, 'gap', 20]);
  });
});
