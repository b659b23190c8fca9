'use client';

import { Button, Field, Input } from '@fluentui/react-components';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { registerProcessServerAction } from '@/lib/actions/lab';
import { parseNetworkList, registerProcessServerSchema, type RegisterProcessServerInput } from '@/lib/schemas/lab';
import { SelectField, TextField, validationOf } from './form-fields';
import { LabResult } from './lab-result';
import { useFormAction } from './use-form-action';

/** Install a process server in Azure or on-premises and register it with the configuration server. */
export function RegisterProcessServerForm({ vaultName }: { vaultName: string }) {
  const form = useForm<RegisterProcessServerInput>({
    resolver: zodResolver(registerProcessServerSchema),
    defaultValues: { name: '', ipAddress: '', location: 'Azure', networks: [] },
  });
  const [networksText, setNetworksText] = useState('');
  const register = useFormAction((input: RegisterProcessServerInput) => registerProcessServerAction(vaultName, input), form);
  return (
    <form noValidate onSubmit={form.handleSubmit((input) => register.mutate(input))} style={{ display: 'grid', gap: 12, maxWidth: 560 }} aria-label="Register a process server">
      <TextField control={form.control} name="name" label="Server name" required placeholder="ps-azure-weu-03" />
      <TextField control={form.control} name="ipAddress" label="IP address" required placeholder="10.200.1.6" />
      <SelectField
        control={form.control}
        name="location"
        label="Runs in"
        required
        options={[
          { value: 'Azure', text: 'Azure' },
          { value: 'OnPremises', text: 'On-premises' },
        ]}
      />
      <Controller
        control={form.control}
        name="networks"
        render={({ field, fieldState }) => (
          <Field
            label="Networks that reach it"
            required
            hint="Names separated by commas, e.g. vnet-dr-weu, corp-lan"
            {...validationOf(fieldState.error)}
          >
            <Input
              value={networksText}
              onChange={(_, data) => {
                setNetworksText(data.value);
                field.onChange(parseNetworkList(data.value));
              }}
              onBlur={field.onBlur}
            />
          </Field>
        )}
      />
      <div>
        <Button appearance="primary" type="submit" disabled={register.isPending}>
          Register process server
        </Button>
      </div>
      <LabResult result={register.data} error={register.error} done="The process server is registered with the configuration server." />
    </form>
  );
}
