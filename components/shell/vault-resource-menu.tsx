'use client';

import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import {
  DocumentBulletList20Regular,
  History20Regular,
  Info20Regular,
  People20Regular,
  ServerMultiple20Regular,
  Settings20Regular,
  ShieldCheckmark20Regular,
  TaskListLtr20Regular,
  type FluentIcon,
} from '@fluentui/react-icons';
import Link from 'next/link';
import { useSelectedLayoutSegment } from 'next/navigation';
import { VAULT_SECTION_GROUPS, vaultPath } from './vault-sections';

const ICONS: Record<string, FluentIcon> = {
  overview: Info20Regular,
  'activity-log': History20Regular,
  'access-control': People20Regular,
  'replicated-items': ServerMultiple20Regular,
  'recovery-plans': DocumentBulletList20Regular,
  jobs: TaskListLtr20Regular,
  infrastructure: Settings20Regular,
  policies: ShieldCheckmark20Regular,
};

const useStyles = makeStyles({
  nav: {
    width: '220px',
    flexShrink: 0,
    paddingBlock: '8px',
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    overflowY: 'auto',
  },
  heading: {
    ...typographyStyles.caption1Strong,
    margin: 0,
    padding: '12px 16px 4px',
    color: tokens.colorNeutralForeground2,
  },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  link: {
    ...typographyStyles.body1,
    display: 'flex',
    alignItems: 'center',
    gap: '10px',
    minHeight: '32px',
    paddingInline: '16px',
    color: tokens.colorNeutralForeground1,
    textDecorationLine: 'none',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  current: {
    backgroundColor: tokens.colorSubtleBackgroundSelected,
    ...typographyStyles.body1Strong,
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundSelected },
  },
  icon: { color: tokens.colorBrandForeground1, flexShrink: 0 },
});

export function VaultResourceMenu({ vaultName }: { vaultName: string }) {
  const styles = useStyles();
  const currentSegment = useSelectedLayoutSegment();

  return (
    <nav aria-label={`${vaultName} menu`} className={styles.nav}>
      {VAULT_SECTION_GROUPS.map((group) => (
        <section key={group.heading ?? 'top'} aria-label={group.heading ?? undefined}>
          {group.heading && <h2 className={styles.heading}>{group.heading}</h2>}
          <ul className={styles.list}>
            {group.sections.map((section) => {
              const isCurrent = section.segment === currentSegment;
              const Icon = ICONS[section.segment ?? 'overview'] ?? Info20Regular;
              return (
                <li key={section.title}>
                  <Link
                    href={vaultPath(vaultName, section.segment)}
                    aria-current={isCurrent ? 'page' : undefined}
                    className={mergeClasses(styles.link, isCurrent && styles.current)}
                  >
                    <Icon aria-hidden className={styles.icon} />
                    {section.title}
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </nav>
  );
}
