'use client';

import { Button, DrawerBody, Field, Input, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { Copy16Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { BladeDrawer } from '@/components/shell/blade-drawer';
import { armVaultResource, VAULT_JSON_API_VERSION } from '@/lib/arm/vault';
import type { VaultSummary } from '@/lib/schemas/vault';
import { BladeHeader } from '@/components/shell/blade-header';

const useStyles = makeStyles({
  body: { display: 'grid', gap: '12px', paddingBottom: '16px' },
  idRow: { display: 'flex', gap: '8px', alignItems: 'end' },
  id: { flexGrow: 1 },
  json: {
    margin: 0,
    padding: '12px',
    backgroundColor: tokens.colorNeutralBackground3,
    ...typographyStyles.caption1,
    fontFamily: tokens.fontFamilyMonospace,
    overflowX: 'auto',
  },
});

/** Resource JSON: the vault as Azure Resource Manager describes it, with its resource id to copy. */
export function VaultJsonView({ vault, onClose }: { vault: VaultSummary; onClose: () => void }) {
  const styles = useStyles();
  const [copied, setCopied] = useState(false);
  const resource = armVaultResource({ ...vault });
  return (
    <BladeDrawer onClose={onClose} label="Resource JSON">
      <BladeHeader title="Resource JSON" onClose={onClose} />
      <DrawerBody>
        <div className={styles.body}>
          <div className={styles.idRow}>
            <Field label="Resource ID" className={styles.id}>
              <Input readOnly value={resource.id} />
            </Field>
            <Button icon={<Copy16Regular />} onClick={() => void navigator.clipboard.writeText(resource.id).then(() => setCopied(true))}>
              {copied ? 'Copied' : 'Copy'}
            </Button>
          </div>
          <Field label="API version">
            <Input readOnly value={VAULT_JSON_API_VERSION} />
          </Field>
          <pre className={styles.json} aria-label="Resource JSON" tabIndex={0}>
            {JSON.stringify(resource, null, 2)}
          </pre>
        </div>
      </DrawerBody>
    </BladeDrawer>
  );
}
