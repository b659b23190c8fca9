'use client';

import { Text, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { VaultRegular } from '@fluentui/react-icons';
import { PortalTopBar } from './portal-top-bar';

const useStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: '8px',
    paddingTop: '120px',
    textAlign: 'center',
  },
  icon: { fontSize: '48px', color: tokens.colorNeutralForeground3 },
  title: { ...typographyStyles.subtitle1, margin: 0 },
  hint: { maxWidth: '460px', color: tokens.colorNeutralForeground2 },
  code: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: 'nowrap' },
});

/** Shown at the portal root when the signed-in user holds a role on no Recovery Services vault. */
export function NoVaultsMessage({ userEmail }: { userEmail: string }) {
  const styles = useStyles();
  return (
    <>
      <PortalTopBar userEmail={userEmail} />
      <main className={styles.main}>
        <VaultRegular aria-hidden className={styles.icon} />
        <h1 className={styles.title}>No Recovery Services vaults to display</h1>
        <Text className={styles.hint}>
          {userEmail} holds no role on any vault. Ask an Owner of a vault to add you in its Access control (IAM); if the portal has no
          vault yet, load the demo vault with <code className={styles.code}>npm run db:seed</code>.
        </Text>
      </main>
    </>
  );
}
