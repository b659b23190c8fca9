'use client';

import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { Copy16Regular } from '@fluentui/react-icons';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { NumberField, TextField } from '@/components/lab/form-fields';
import { useFormAction } from '@/components/lab/use-form-action';
import { Notice } from '@/components/shell/notice';
import { createApiTokenAction } from '@/lib/actions/access';
import { API_TOKEN_MAX_DAYS, apiTokenInputSchema, type ApiTokenInput } from '@/lib/schemas/access';

const useStyles = makeStyles({
  form: { display: 'grid', gap: '12px', maxWidth: '560px' },
  row: { display: 'flex', gap: '8px', alignItems: 'flex-end' },
  token: { fontFamily: tokens.fontFamilyMonospace, flexGrow: 1 },
});

/** New access token: its name and lifetime; the token is shown once, right here. */
export function CreateTokenForm() {
  const styles = useStyles();
  const form = useForm<ApiTokenInput>({ resolver: zodResolver(apiTokenInputSchema), defaultValues: { name: '', expiresInDays: 30 } });
  const create = useFormAction((input: ApiTokenInput) => createApiTokenAction(input), form);
  const [copied, setCopied] = useState(false);
  const created = create.data?.ok ? create.data.data : null;
  return (
    <form className={styles.form} noValidate onSubmit={form.handleSubmit((input) => create.mutate(input))} aria-label="New access token">
      {created ? (
        <Notice intent="success" title={`Token ${created.name} created`}>
          Copy it now: it is not shown again. Send it as <code>Authorization: Bearer &lt;token&gt;</code>.
          <div className={styles.row}>
            <Field label="Access token" className={styles.token}>
              <Input readOnly value={created.token} />
            </Field>
            <Button
              icon={<Copy16Regular />}
              onClick={() => void navigator.clipboard.writeText(created.token).then(() => setCopied(true))}
            >
              {copied ? 'Copied' : 'Copy'}
            </Button>
          </div>
        </Notice>
      ) : null}
      {create.data && !create.data.ok ? (
        <Notice intent="error" title="The token was not created">
          {create.data.error.message}
        </Notice>
      ) : null}
      <TextField control={form.control} name="name" label="Name" required placeholder="nightly-failback-drill" />
      <NumberField control={form.control} name="expiresInDays" label="Expires after" unit="days" hint={`1 to ${API_TOKEN_MAX_DAYS} days`} required />
      <div>
        <Button type="submit" appearance="primary" disabled={create.isPending}>
          Create token
        </Button>
      </div>
    </form>
  );
}
