'use client';

import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useGridStyles } from '@/components/lists/grid-styles';
import { LocalTime } from '@/components/shell/local-time';
import { Notice } from '@/components/shell/notice';
import { PortalTopBar } from '@/components/shell/portal-top-bar';
import { revokeApiTokenAction } from '@/lib/actions/access';
import type { ApiTokenRow } from '@/lib/schemas/access';
import { CreateTokenForm } from './create-token-form';

const useStyles = makeStyles({
  main: { display: 'grid', gap: '16px', padding: '16px 24px 32px', maxWidth: '1100px' },
  title: { ...typographyStyles.title3, margin: 0 },
  heading: { ...typographyStyles.subtitle2, margin: '8px 0 0' },
  hint: { color: tokens.colorNeutralForeground2, margin: 0 },
  table: { minWidth: '760px', tableLayout: 'fixed' },
});

/** The signed-in user's access tokens for automation: create, list, revoke. */
export function AccessTokensView({ userEmail, tokens: rows }: { userEmail: string; tokens: ApiTokenRow[] }) {
  const styles = useStyles();
  const grid = useGridStyles();
  const router = useRouter();
  const revoke = useMutation({
    mutationFn: (token: ApiTokenRow) => revokeApiTokenAction(token.id),
    onSuccess: (result) => result.ok && router.refresh(),
  });
  return (
    <>
      <PortalTopBar userEmail={userEmail} />
      <main className={styles.main}>
        <h1 className={styles.title}>Access tokens</h1>
        <p className={styles.hint}>
          A token acts with your roles on each vault, for automation that calls the portal&apos;s API. Only its first characters are kept
          readable; revoke a token you no longer use.
        </p>
        <CreateTokenForm />
        <h2 className={styles.heading}>Your tokens</h2>
        {revoke.data && !revoke.data.ok ? (
          <Notice intent="error" title="The token was not revoked">
            {revoke.data.error.message}
          </Notice>
        ) : null}
        {rows.length === 0 ? (
          <p className={styles.hint}>You have no access tokens.</p>
        ) : (
          <div className={grid.scroller}>
            <Table aria-label="Your access tokens" className={styles.table} size="small">
              <TableHeader>
                <TableRow>
                  {['Name', 'Token', 'Status', 'Created', 'Expires', 'Last used', ''].map((title, index) => (
                    <TableHeaderCell key={title || index} className={grid.headerCell}>
                      {title}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((token) => {
                  const { status } = token;
                  return (
                    <TableRow key={token.id}>
                      <TableCell className={grid.cell}>{token.name}</TableCell>
                      <TableCell className={grid.cell}>
                        <code>{token.prefix}…</code>
                      </TableCell>
                      <TableCell className={grid.cell}>{status}</TableCell>
                      <TableCell className={grid.cell}>
                        <LocalTime iso={token.createdAt} />
                      </TableCell>
                      <TableCell className={grid.cell}>
                        <LocalTime iso={token.expiresAt} />
                      </TableCell>
                      <TableCell className={grid.cell}>{token.lastUsedAt ? <LocalTime iso={token.lastUsedAt} /> : 'Never'}</TableCell>
                      <TableCell>
                        <Button size="small" disabled={status !== 'Active' || revoke.isPending} onClick={() => revoke.mutate(token)} aria-label={`Revoke ${token.name}`}>
                          Revoke
                        </Button>
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </div>
        )}
      </main>
    </>
  );
}
