'use client';

import { Button } from '@fluentui/react-components';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { setSiteConnectivityAction } from '@/lib/actions/lab';
import { assessConnectivity } from '@/lib/domain/infrastructure/connectivity';
import { connectivitySchema, type ConnectivityInput } from '@/lib/schemas/lab-site';
import { SelectField, SwitchField } from './form-fields';
import { LabResult } from './lab-result';
import { useFormAction } from './use-form-action';

const PEERINGS = [
  { value: 'None', text: 'None' },
  { value: 'Private', text: 'Private peering' },
  { value: 'Public', text: 'Public peering' },
  { value: 'PrivateAndPublic', text: 'Private and public peering' },
];

/** The network between Azure and the site; the verdict below updates as it is edited, from the blade's rule. */
export function ConnectivityForm({ vaultName, current }: { vaultName: string; current: ConnectivityInput }) {
  const form = useForm<ConnectivityInput>({ resolver: zodResolver(connectivitySchema), defaultValues: current });
  const save = useFormAction((input: ConnectivityInput) => setSiteConnectivityAction(vaultName, input), form);
  const values = useWatch({ control: form.control }) as ConnectivityInput;
  const assessment = assessConnectivity(values);
  return (
    <form noValidate onSubmit={form.handleSubmit((input) => save.mutate(input))} style={{ display: 'grid', gap: 12, maxWidth: 560 }} aria-label="Site connectivity">
      <SwitchField control={form.control} name="s2sVpn" label="Site-to-site VPN connected" />
      <SwitchField control={form.control} name="expressRoute" label="ExpressRoute circuit connected" />
      <SelectField control={form.control} name="expressRoutePeering" label="ExpressRoute peering" options={PEERINGS} />
      <p style={{ margin: 0 }}>With these settings: {assessment.summary}</p>
      <div>
        <Button appearance="primary" type="submit" disabled={save.isPending}>
          Apply network change
        </Button>
      </div>
      <LabResult result={save.data} error={save.error} done="The site's network changed." />
    </form>
  );
}
