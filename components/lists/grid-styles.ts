'use client';

import { makeStyles, tokens } from '@fluentui/react-components';

/** The look every grid of the portal shares; each grid adds only its width and what is its own. */
export const useGridStyles = makeStyles({
  scroller: { overflowX: 'auto' },
  headerCell: { fontWeight: tokens.fontWeightSemibold },
  cell: { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
  row: { ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' } },
  link: {
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: 'none',
    ':hover': { textDecorationLine: 'underline', color: tokens.colorBrandForegroundLinkHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
});
