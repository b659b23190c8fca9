'use client';

import dynamic from 'next/dynamic';
import { useState } from 'react';
import type { VaultSummary } from '@/lib/schemas/vault';
import styles from './overview.module.css';

// The JSON view's blade loads when it is opened.
const VaultJsonView = dynamic(() => import('./vault-json-view').then((module) => module.VaultJsonView), { ssr: false });

/** "JSON View" in the Essentials' header: the vault as Azure Resource Manager describes it. */
export function VaultJsonViewButton({ vault }: { vault: VaultSummary }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={styles.linkButton} onClick={() => setOpen(true)}>
        JSON View
      </button>
      {open ? <VaultJsonView vault={vault} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
