'use client';

import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export interface DataTableColumn {
  key: string;
  title: string;
  width?: string;
}

export interface DataTableRow {
  id: string;
  cells: ReactNode[];
}

const useStyles = makeStyles({
  scroller: { overflowX: 'auto' },
  headerCell: { fontWeight: tokens.fontWeightSemibold },
  cell: { paddingBlock: '6px', verticalAlign: 'top' },
  empty: { ...typographyStyles.body1, color: tokens.colorNeutralForeground3, padding: '16px 8px', margin: 0 },
});

/** A read-only grid like the lists of an Azure blade; cells come rendered from the server. */
export function DataTable({ label, columns, rows, empty }: { label: string; columns: DataTableColumn[]; rows: DataTableRow[]; empty: string }) {
  const styles = useStyles();
  return (
    <div className={styles.scroller}>
      <Table aria-label={label} size="small">
        <TableHeader>
          <TableRow>
            {columns.map((column) => (
              <TableHeaderCell key={column.key} className={styles.headerCell} style={column.width ? { width: column.width } : undefined}>
                {column.title}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id}>
              {row.cells.map((cell, index) => (
                <TableCell key={columns[index]?.key ?? index} className={styles.cell}>
                  {cell}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {rows.length === 0 ? <p className={styles.empty}>{empty}</p> : null}
    </div>
  );
}
