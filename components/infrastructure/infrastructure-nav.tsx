'use client';

import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import NextLink from 'next/link';
import { usePathname } from 'next/navigation';
import { labPath } from '@/components/lab/lab-links';
import { vaultPath } from '@/components/shell/vault-sections';

export const INFRASTRUCTURE_SECTIONS = [
  { segment: '', title: 'Overview' },
  { segment: 'configuration-servers', title: 'Configuration servers' },
  { segment: 'process-servers', title: 'Process servers' },
  { segment: 'master-targets', title: 'Master target servers' },
  { segment: 'vcenters', title: 'vCenter servers and ESXi hosts' },
  { segment: 'datastores', title: 'Datastores' },
  { segment: 'connectivity', title: 'Network connectivity' },
] as const;

const useStyles = makeStyles({
  nav: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: '4px 20px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    marginBottom: '16px',
  },
  list: { display: 'flex', flexWrap: 'wrap', gap: '4px', listStyleType: 'none', margin: 0, padding: 0 },
  tab: {
    display: 'inline-block',
    padding: '8px 10px',
    ...typographyStyles.body1,
    color: tokens.colorNeutralForeground2,
    textDecorationLine: 'none',
    borderBottom: '2px solid transparent',
    ':hover': { color: tokens.colorNeutralForeground1, borderBottomColor: tokens.colorNeutralStroke1 },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  current: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold, borderBottomColor: tokens.colorBrandStroke1 },
  lab: { marginLeft: 'auto', ...typographyStyles.caption1, color: tokens.colorBrandForegroundLink },
});

/** The sub-sections of Site Recovery infrastructure, and the way out to the site lab. */
export function InfrastructureNav({ vaultName }: { vaultName: string }) {
  const styles = useStyles();
  const pathname = usePathname();
  const base = vaultPath(vaultName, 'infrastructure');
  const current = decodeURIComponent(pathname).slice(decodeURIComponent(base).length).split('/')[1] ?? '';
  return (
    <nav aria-label="Site Recovery infrastructure" className={styles.nav}>
      <ul className={styles.list}>
        {INFRASTRUCTURE_SECTIONS.map((section) => {
          const active = section.segment === current;
          return (
            <li key={section.segment}>
              <NextLink
                href={section.segment ? `${base}/${section.segment}` : base}
                className={mergeClasses(styles.tab, active && styles.current)}
                aria-current={active ? 'page' : undefined}
              >
                {section.title}
              </NextLink>
            </li>
          );
        })}
      </ul>
      <NextLink href={labPath(vaultName)} className={styles.lab}>
        Open the site lab
      </NextLink>
    </nav>
  );
}
