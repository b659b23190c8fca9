'use client';

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
import { IntentLink } from './intent-link';
import { useSelectedLayoutSegment } from 'next/navigation';
import styles from './shell.module.css';
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

export function VaultResourceMenu({ vaultName }: { vaultName: string }) {
  const currentSegment = useSelectedLayoutSegment();

  return (
    <nav aria-label={`${vaultName} menu`} className={styles.menu}>
      {VAULT_SECTION_GROUPS.map((group) => (
        <section key={group.heading ?? 'top'} aria-label={group.heading ?? undefined}>
          {group.heading && <h2 className={styles.menuHeading}>{group.heading}</h2>}
          <ul className={styles.menuList}>
            {group.sections.map((section) => {
              const isCurrent = section.segment === currentSegment;
              const Icon = ICONS[section.segment ?? 'overview'] ?? Info20Regular;
              return (
                <li key={section.title}>
                  <IntentLink
                    href={vaultPath(vaultName, section.segment)}
                    aria-current={isCurrent ? 'page' : undefined}
                    className={styles.menuLink}
                  >
                    <Icon aria-hidden className={styles.menuIcon} />
                    {section.title}
                  </IntentLink>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </nav>
  );
}
