'use client';

import { Button, Caption1 } from '@fluentui/react-components';
import { Add16Regular, Delete16Regular } from '@fluentui/react-icons';
import { zodResolver } from '@hookform/resolvers/zod';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { registerMasterTargetAction } from '@/lib/actions/lab';
import { FILE_SYSTEMS_BY_OS } from '@/lib/domain/infrastructure/volume-rules';
import { registerMasterTargetSchema, type RegisterMasterTargetInput } from '@/lib/schemas/lab';
import { NumberField, SelectField, SwitchField, TextField } from './form-fields';
import { LabResult } from './lab-result';
import { useFormAction } from './use-form-action';

const FIRST_VOLUME = { Windows: 'C:', Linux: '/' } as const;

/** Install a master target (or a combined PS+MT) on an ESXi host, with the volumes its VM starts with. */
export function RegisterMasterTargetForm({ vaultName, hosts }: { vaultName: string; hosts: { value: string; text: string }[] }) {
  const form = useForm<RegisterMasterTargetInput>({
    resolver: zodResolver(registerMasterTargetSchema),
    defaultValues: {
      name: '',
      ipAddress: '',
      osType: 'Windows',
      osDistribution: 'Windows Server',
      osVersion: '2019',
      kernelVersion: '10.0.17763',
      esxiHostId: '',
      isCombinedPsMt: false,
      volumes: [
        { volumeName: 'C:', fileSystem: 'NTFS', capacityGb: 127, freeSpaceGb: 60 },
        { volumeName: 'R:', fileSystem: 'NTFS', capacityGb: 500, freeSpaceGb: 500 },
      ],
    },
  });
  const volumes = useFieldArray({ control: form.control, name: 'volumes' });
  const osType = useWatch({ control: form.control, name: 'osType' });
  const fileSystems = FILE_SYSTEMS_BY_OS[osType].map((fs) => ({ value: fs, text: fs }));
  const register = useFormAction((input: RegisterMasterTargetInput) => registerMasterTargetAction(vaultName, input), form);
  return (
    <form noValidate onSubmit={form.handleSubmit((input) => register.mutate(input))} style={{ display: 'grid', gap: 12 }} aria-label="Register a master target">
      <div style={{ display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))' }}>
        <TextField control={form.control} name="name" label="Server name" required placeholder="mt-win-03" />
        <TextField control={form.control} name="ipAddress" label="IP address" required placeholder="10.10.1.50" />
        <SelectField control={form.control} name="esxiHostId" label="ESXi host" required options={hosts} placeholder="Select a host" />
        <SelectField
          control={form.control}
          name="osType"
          label="Operating system type"
          required
          options={[
            { value: 'Windows', text: 'Windows' },
            { value: 'Linux', text: 'Linux' },
          ]}
        />
        <TextField control={form.control} name="osDistribution" label="Distribution" required hint="Ubuntu, CentOS … or Windows Server" />
        <TextField control={form.control} name="osVersion" label="Version" required hint="The distribution's: 18.04, 2019, 2012 R2" />
        <TextField control={form.control} name="kernelVersion" label="Kernel version" required hint="Linux kernel (4.15.0) or Windows NT (10.0.17763)" />
      </div>
      <SwitchField
        control={form.control}
        name="isCombinedPsMt"
        label="Install the process server with it (PS+MT)"
        hint="Windows only: the configuration server setup installs both."
      />
      <fieldset style={{ border: 0, padding: 0, margin: 0, display: 'grid', gap: 8 }}>
        <legend style={{ fontWeight: 600, marginBottom: 4 }}>Volumes</legend>
        <Caption1>The first volume is where the master target is installed: its cache volume, never a retention drive.</Caption1>
        {volumes.fields.map((volume, index) => (
          <div key={volume.id} style={{ display: 'grid', gap: 8, gridTemplateColumns: '1.2fr 1fr 1fr 1fr auto', alignItems: 'start' }}>
            <TextField control={form.control} name={`volumes.${index}.volumeName`} label={`Volume ${index + 1}`} required />
            <SelectField control={form.control} name={`volumes.${index}.fileSystem`} label="File system" required options={fileSystems} />
            <NumberField control={form.control} name={`volumes.${index}.capacityGb`} label="Capacity" unit="GB" required />
            <NumberField control={form.control} name={`volumes.${index}.freeSpaceGb`} label="Free" unit="GB" required />
            <Button aria-label={`Remove volume ${index + 1}`} icon={<Delete16Regular />} appearance="subtle" onClick={() => volumes.remove(index)} style={{ marginTop: 24 }} />
          </div>
        ))}
        {form.formState.errors.volumes?.root?.message || form.formState.errors.volumes?.message ? (
          <Caption1 role="alert" style={{ color: 'var(--colorPaletteRedForeground1)' }}>
            {form.formState.errors.volumes?.root?.message ?? form.formState.errors.volumes?.message}
          </Caption1>
        ) : null}
        <div>
          <Button
            icon={<Add16Regular />}
            onClick={() => volumes.append({ volumeName: volumes.fields.length === 0 ? FIRST_VOLUME[osType] : '', fileSystem: FILE_SYSTEMS_BY_OS[osType][0]!, capacityGb: 100, freeSpaceGb: 100 })}
          >
            Add a volume
          </Button>
        </div>
      </fieldset>
      <div>
        <Button appearance="primary" type="submit" disabled={register.isPending}>
          Register master target
        </Button>
      </div>
      <LabResult result={register.data} error={register.error} done="The master target is installed and registered with the configuration server." />
    </form>
  );
}
