import { z } from 'zod';
import { combinedPsMtProblem } from '../domain/infrastructure/installation-rules';
import { checkVolumeList, volumeFieldsSchema } from './lab-volumes';

const serverName = z
  .string({ error: 'Enter the server name.' })
  .trim()
  .min(1, { error: 'Enter the server name.' })
  .max(63, { error: 'A server name has at most 63 characters.' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, { error: 'Use letters, digits and hyphens, starting with a letter or digit.' });

const ipv4 = z
  .string({ error: 'Enter the IP address.' })
  .trim()
  .regex(/^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/, { error: 'Enter an IPv4 address, e.g. 10.10.1.50.' });

/** Register a master target (as its setup does on the server): the same schema in the lab form and on the server. */
export const registerMasterTargetSchema = z
  .object({
    name: serverName,
    ipAddress: ipv4,
    osType: z.enum(['Windows', 'Linux'], { error: 'Choose the operating system.' }),
    osDistribution: z
      .string({ error: 'Enter the distribution, e.g. Ubuntu or Windows Server.' })
      .trim()
      .min(1, { error: 'Enter the distribution, e.g. Ubuntu or Windows Server.' })
      .max(60, { error: 'A distribution name has at most 60 characters.' }),
    osVersion: z
      .string({ error: 'Enter the version of the distribution, e.g. 18.04 or 2019.' })
      .trim()
      .regex(/^\d+(\.\d+){0,2}( R2)?$/, { error: 'Enter the version of the distribution, e.g. 18.04, 7.9, 2019 or 2012 R2.' }),
    kernelVersion: z
      .string({ error: 'Enter the kernel version.' })
      .trim()
      .regex(/^\d+(\.\d+){0,3}$/, { error: 'Enter a dotted kernel version, e.g. 4.15.0 (Linux) or 10.0.17763 (Windows NT).' }),
    esxiHostId: z.string().min(1, { error: 'Choose the ESXi host the master target runs on.' }),
    isCombinedPsMt: z.boolean(),
    volumes: z
      .array(volumeFieldsSchema)
      .min(1, { error: 'Add at least the volume the master target is installed on.' })
      .max(26, { error: 'At most 26 volumes.' }),
  })
  .superRefine((input, ctx) => {
    const combined = combinedPsMtProblem(input.osType, input.isCombinedPsMt);
    if (combined) ctx.addIssue({ code: 'custom', path: ['isCombinedPsMt'], message: combined });
    checkVolumeList(input.osType, input.volumes, ctx, 'volumes');
  });

export type RegisterMasterTargetInput = z.infer<typeof registerMasterTargetSchema>;

const networkName = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: 'Network names use letters, digits, dots, hyphens and underscores.' });

export const registerProcessServerSchema = z.object({
  name: serverName,
  ipAddress: ipv4,
  location: z.enum(['Azure', 'OnPremises'], { error: 'Choose where the process server runs.' }),
  networks: z
    .array(networkName)
    .min(1, { error: 'Name at least one network from which replication traffic reaches the server.' })
    .refine((names) => new Set(names.map((n) => n.toLowerCase())).size === names.length, { error: 'A network is listed twice.' }),
});

export type RegisterProcessServerInput = z.infer<typeof registerProcessServerSchema>;

/** Splits the networks box of the form ("corp-lan, vnet-dr") into names. */
export function parseNetworkList(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((name) => name.trim())
    .filter(Boolean);
}
