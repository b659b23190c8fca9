import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { VaultRole } from '../lib/domain/access/roles';
import { E2E_DATA_DIR } from './data-dir';

// The browser tests' own accounts, one per role: made by the setup project, which signs
// each in through the sign-in page and keeps its session for the tests that act as it.

export interface E2eAccount {
  role: VaultRole;
  userId: string;
  email: string;
  password: string;
}

export const E2E_ACCOUNTS_FILE = path.join(E2E_DATA_DIR, 'accounts.json');

export function storageStateOf(role: VaultRole): string {
  return path.join(E2E_DATA_DIR, 'sessions', `${role.toLowerCase()}.json`);
}

export function e2eAccounts(): Record<VaultRole, E2eAccount> {
  return JSON.parse(readFileSync(E2E_ACCOUNTS_FILE, 'utf8')) as Record<VaultRole, E2eAccount>;
}
