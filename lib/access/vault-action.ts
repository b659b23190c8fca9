import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import type { Operation } from '../domain/access/operations';
import type { Permission } from '../domain/access/roles';
import type { ActivityTarget } from '../data/activity-log';
import type { ActionResult } from '../schemas/action-result';
import { unstorableArguments } from './action-input';
import { authorizeVault, type VaultGrant } from './authorize';
import { runRecordedWrite } from './recorded-write';

// Every server action that changes a vault is made with vaultAction: it cannot be
// written without naming the permission it needs (checked against the role table
// before anything reads the vault, once its arguments are text the database can hold)
// and the operation the activity log records.

/** Where a call names what it is about: its first argument (an id), or a field of it. */
export interface TargetArgument {
  type: string;
  field?: string;
}

export interface VaultActionOptions {
  permission: Permission;
  operation: Operation;
  /** What the call is about, for the entry of a refused call. */
  target?: TargetArgument;
}

export type VaultAction<Args extends unknown[], T> = ((vaultName: string, ...args: Args) => Promise<ActionResult<T>>) & {
  permission: Permission;
  operation: Operation;
};

export function vaultAction<Args extends unknown[], T>(
  options: VaultActionOptions,
  write: (grant: VaultGrant, ...args: Args) => Promise<ActionResult<T>>,
): VaultAction<Args, T> {
  const action = async (vaultName: string, ...args: Args): Promise<ActionResult<T>> => {
    const malformed = unstorableArguments([vaultName, ...args]);
    if (malformed) return malformed;
    const authorization = await authorizeVault(await headers(), vaultName, options.permission);
    if (!authorization.ok) return { ok: false, error: authorization.error };
    const { grant } = authorization;
    const target = options.target ? namedId(options.target.type, args[0], options.target.field) : null;
    const result = await runRecordedWrite(grant, { permission: options.permission, operation: options.operation, target }, () => write(grant, ...args));
    // Whatever a vault write changes (an item's state, a job, a server) shows on the vault's pages and in the lab.
    if (result.ok) {
      revalidatePath('/vaults', 'layout');
      revalidatePath('/lab', 'layout');
    }
    return result;
  };
  return Object.assign(action, { permission: options.permission, operation: options.operation });
}

/** The id a call names, when it is a plausible one (the target of a refused call's entry). */
export function namedId(type: string, value: unknown, field?: string): ActivityTarget | null {
  const id = field && value && typeof value === 'object' ? (value as Record<string, unknown>)[field] : value;
  if (typeof id !== 'string' || id.length === 0 || id.length > 64) return null;
  return { type, id, name: id };
}
