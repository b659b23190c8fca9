'use client';

import { Button, Dropdown, Option, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { addVolumeAction, reformatVolumeAction } from '@/lib/actions/lab';
import { FILE_SYSTEMS_BY_OS } from '@/lib/domain/infrastructure/volume-rules';
import type { FileSystem, OsType, VolumeFacts } from '@/lib/domain/reprotect/facts';
import { addVolumeSchema, type AddVolumeInput, type ReformatVolumeInput } from '@/lib/schemas/lab-volumes';
import { NumberField, SelectField, TextField } from './form-fields';
import { LabResult } from './lab-result';
import { useFormAction } from './use-form-action';
import { gbLabel } from '@/lib/domain/sizes';

interface VolumesLabProps {
  vaultName: string;
  masterTargetId: string;
  osType: OsType;
  volumes: VolumeFacts[];
}

/** The master target's volumes: reformat one, or attach a new disk and format it. */
export function VolumesLab({ vaultName, masterTargetId, osType, volumes }: VolumesLabProps) {
  const fileSystems = FILE_SYSTEMS_BY_OS[osType];
  const [formats, setFormats] = useState<Record<string, FileSystem>>({});
  const reformat = useFormAction((input: ReformatVolumeInput) => reformatVolumeAction(vaultName, input));
  const schema = useMemo(() => addVolumeSchema(osType), [osType]);
  const form = useForm<AddVolumeInput>({
    resolver: zodResolver(schema),
    defaultValues: { masterTargetId, volumeName: '', fileSystem: fileSystems[0], capacityGb: 500, freeSpaceGb: 500 },
  });
  const add = useFormAction((input: AddVolumeInput) => addVolumeAction(vaultName, input), form);
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <LabResult result={reformat.data} error={reformat.error} done="The volume is formatted and empty." />
      <Table aria-label="Volumes of the master target" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Volume</TableHeaderCell>
            <TableHeaderCell>File system</TableHeaderCell>
            <TableHeaderCell>Free of capacity</TableHeaderCell>
            <TableHeaderCell>Reformat as</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {volumes.map((volume) => {
            const target = formats[volume.id] ?? fileSystems[0]!;
            return (
              <TableRow key={volume.id} aria-label={volume.volumeName}>
                <TableCell>{volume.volumeName}</TableCell>
                <TableCell>{volume.fileSystem}</TableCell>
                <TableCell>
                  {gbLabel(volume.freeSpaceInBytes)} of {gbLabel(volume.capacityInBytes)}
                </TableCell>
                <TableCell>
                  <span style={{ display: 'flex', gap: 8 }}>
                    <Dropdown
                      aria-label={`File system for ${volume.volumeName}`}
                      value={target}
                      selectedOptions={[target]}
                      onOptionSelect={(_, data) => setFormats((all) => ({ ...all, [volume.id]: data.optionValue as FileSystem }))}
                      style={{ minWidth: 120 }}
                    >
                      {fileSystems.map((fs) => (
                        <Option key={fs} value={fs}>
                          {fs}
                        </Option>
                      ))}
                    </Dropdown>
                    <Button disabled={reformat.isPending} onClick={() => reformat.mutate({ volumeId: volume.id, fileSystem: target })}>
                      Reformat {volume.volumeName}
                    </Button>
                  </span>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <form noValidate onSubmit={form.handleSubmit((input) => add.mutate(input))} aria-label="Add a volume" style={{ display: 'grid', gap: 12 }}>
        <div style={{ display: 'grid', gap: 8, gridTemplateColumns: 'repeat(auto-fit, minmax(160px, 1fr))', alignItems: 'start' }}>
          <TextField control={form.control} name="volumeName" label="New volume" required placeholder={osType === 'Windows' ? 'T:' : '/mnt/retention2'} />
          <SelectField control={form.control} name="fileSystem" label="File system" required options={fileSystems.map((fs) => ({ value: fs, text: fs }))} />
          <NumberField control={form.control} name="capacityGb" label="Capacity" unit="GB" required />
          <NumberField control={form.control} name="freeSpaceGb" label="Free space" unit="GB" required />
        </div>
        <div>
          <Button appearance="primary" type="submit" disabled={add.isPending}>
            Add disk and format volume
          </Button>
        </div>
        <LabResult result={add.data} error={add.error} done="A new disk is attached and formatted." />
      </form>
    </div>
  );
}
