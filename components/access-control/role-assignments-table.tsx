'use client';

import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Tooltip, makeStyles } from '@fluentui/react-components';
import { Delete16Regular } from '@fluentui/react-icons';
import { useGridStyles } from '@/components/lists/grid-styles';
import { LocalTime } from '@/components/shell/local-time';
import { usePermission } from '@/components/shell/vault-access';
import { ROLE_DISPLAY_NAMES } from '@/lib/domain/access/roles';
import type { RoleAssignmentRow } from '@/lib/schemas/access';

const useStyles = makeStyles({ table: { minWidth: '880px', tableLayout: 'fixed' } });

interface RoleAssignmentsTableProps {
  assignments: RoleAssignmentRow[];
  removing: string | null;
  onRemove: (assignment: RoleAssignmentRow) => void;
}

/** Who holds which role on the vault; an Owner removes assignments here, never the last Owner's. */
export function RoleAssignmentsTable({ assignments, removing, onRemove }: RoleAssignmentsTableProps) {
  const styles = useStyles();
  const grid = useGridStyles();
  const { reason: roleReason } = usePermission('access.write');
  const owners = assignments.filter((assignment) => assignment.role === 'Owner').length;
  return (
    <div className={grid.scroller}>
      <Table aria-label="Role assignments" className={styles.table} size="small">
        <TableHeader>
          <TableRow>
            {['Name', 'Email', 'Role', 'Since', 'Granted by', ''].map((title, index) => (
              <TableHeaderCell key={title || index} className={grid.headerCell} style={{ width: ['20%', '24%', '20%', '14%', '14%', '8%'][index] }}>
                {title}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {assignments.map((assignment) => {
            const lastOwner = assignment.role === 'Owner' && owners === 1 ? 'A vault always keeps one Owner: make someone else Owner first.' : null;
            const why = roleReason ?? lastOwner;
            return (
              <TableRow key={assignment.id} className={grid.row}>
                <TableCell className={grid.cell}>{assignment.userName}</TableCell>
                <TableCell className={grid.cell}>{assignment.email}</TableCell>
                <TableCell className={grid.cell}>{ROLE_DISPLAY_NAMES[assignment.role]}</TableCell>
                <TableCell className={grid.cell}>
                  <LocalTime iso={assignment.since} />
                </TableCell>
                <TableCell className={grid.cell}>{assignment.grantedBy ?? 'Vault Portal'}</TableCell>
                <TableCell>
                  <Tooltip content={why ?? `Remove the ${ROLE_DISPLAY_NAMES[assignment.role]} role of ${assignment.email}`} relationship="description">
                    <Button
                      appearance="subtle"
                      size="small"
                      icon={<Delete16Regular />}
                      aria-label={`Remove ${assignment.email}`}
                      disabledFocusable={why !== null || removing !== null}
                      onClick={() => onRemove(assignment)}
                    />
                  </Tooltip>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
