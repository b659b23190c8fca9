import type { ReactElement } from 'react';

/** One entry of a row's context menu, as data, so that the menu's code loads only when it opens. */
export interface RowCommand {
  key: string;
  label: string;
  icon?: ReactElement;
  /** Set when the command does not apply to the row: shown disabled, with this as the reason. */
  disabledReason?: string;
  onSelect: () => void;
}
