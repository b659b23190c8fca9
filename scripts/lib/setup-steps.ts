import type { Db } from '../../lib/data/db';
import { DEMO_VAULT_NAME, seedDemoVault } from '../../lib/data/seed/demo-vault';
import { firstAccountsMessage, seedFirstAccounts } from '../../lib/data/seed/first-accounts';

// What a start does to the database after migrating it, in order. Each step looks for itself
// whether there is anything to do (the demo vault only goes into a database without any
// vault), so a start that was interrupted simply does the rest next time. What a step prints
// reaches the console of `npm start`: this is the place for anything the operator must see
// once, such as the address of the portal.

export interface SetupContext {
  db: Db;
  /** The portal's address as the operator opens it, e.g. http://127.0.0.1:3000. */
  portalUrl: string;
  log(line: string): void;
}

export interface SetupStep {
  name: string;
  run(context: SetupContext): Promise<void>;
}

export const seedDemoVaultStep: SetupStep = {
  name: 'seed the demo vault',
  async run({ db, portalUrl, log }) {
    if (process.env.VAULT_SEED === 'none') return;
    const { seeded } = await seedDemoVault(db);
    if (seeded) log(`Seeded the demo vault: ${portalUrl}/vaults/${DEMO_VAULT_NAME}`);
  },
};

/** The first start makes one account per role and prints their generated passwords, once. */
export const firstAccountsStep: SetupStep = {
  name: 'create the first accounts',
  async run({ db, portalUrl, log }) {
    if (process.env.VAULT_SEED === 'none') return;
    const accounts = await seedFirstAccounts(db);
    if (accounts.length > 0) log(firstAccountsMessage(accounts, `${portalUrl}/sign-in`));
  },
};

export const SETUP_STEPS: SetupStep[] = [seedDemoVaultStep, firstAccountsStep];
