'use client';

import { Button } from '@fluentui/react-components';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { mountDatastoreAction } from '@/lib/actions/lab';
import { datastoreMountSchema, type DatastoreMountInput } from '@/lib/schemas/lab-site';
import { SelectField } from './form-fields';
import { LabResult } from './lab-result';
import { useFormAction } from './use-form-action';

interface Option {
  value: string;
  text: string;
}

/** Mount a datastore on an ESXi host, as done in vCenter, or change how it is mounted. */
export function DatastoreMountForm({ vaultName, hosts, datastores }: { vaultName: string; hosts: Option[]; datastores: Option[] }) {
  const form = useForm<DatastoreMountInput>({
    resolver: zodResolver(datastoreMountSchema),
    defaultValues: { hostId: '', datastoreId: '', access: 'ReadWrite' },
  });
  const mount = useFormAction((input: DatastoreMountInput) => mountDatastoreAction(vaultName, input), form);
  return (
    <form noValidate onSubmit={form.handleSubmit((input) => mount.mutate(input))} style={{ display: 'grid', gap: 12, maxWidth: 560 }} aria-label="Mount a datastore">
      <SelectField control={form.control} name="hostId" label="ESXi host" required options={hosts} placeholder="Select a host" />
      <SelectField control={form.control} name="datastoreId" label="Datastore" required options={datastores} placeholder="Select a datastore" />
      <SelectField
        control={form.control}
        name="access"
        label="Access"
        required
        options={[
          { value: 'ReadWrite', text: 'Read-write' },
          { value: 'ReadOnly', text: 'Read-only' },
        ]}
      />
      <div>
        <Button appearance="primary" type="submit" disabled={mount.isPending}>
          Mount
        </Button>
      </div>
      <LabResult result={mount.data} error={mount.error} done="The datastore is mounted as chosen." />
    </form>
  );
}
