// Sign-in, accounts, role assignments and access tokens: the forms and the server
// check the same schemas.
import { z } from 'zod';
import { VAULT_ROLES, type VaultRole } from '../domain/access/roles';

export const MIN_PASSWORD_LENGTH = 12;

export const emailSchema = z
  .string({ error: 'Enter an email address.' })
  .trim()
  .toLowerCase()
  .min(1, { error: 'Enter an email address.' })
  .max(254, { error: 'An email address has at most 254 characters.' })
  .pipe(z.email({ error: 'Enter an email address such as operator@contoso.com.' }));

export const passwordSchema = z
  .string({ error: 'Enter a password.' })
  .min(MIN_PASSWORD_LENGTH, { error: `A password has at least ${MIN_PASSWORD_LENGTH} characters.` })
  .max(256, { error: 'A password has at most 256 characters.' });

/** The sign-in page. The password is not held to the creation rules: a wrong one is simply wrong. */
export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: 'Enter your password.' }).min(1, { error: 'Enter your password.' }).max(1024, { error: 'Enter your password.' }),
});
export type SignInInput = z.input<typeof signInSchema>;

export const displayNameSchema = z
  .string({ error: 'Enter a name.' })
  .trim()
  .min(1, { error: 'Enter a name.' })
  .max(100, { error: 'A name has at most 100 characters.' });

export const newUserSchema = z.object({ email: emailSchema, name: displayNameSchema, password: passwordSchema });

export const vaultRoleSchema = z.enum(VAULT_ROLES, { error: 'Choose a role.' });

/** Add role assignment, in the vault's Access control (IAM) blade. */
export const roleAssignmentInputSchema = z.object({ email: emailSchema, role: vaultRoleSchema });
export type RoleAssignmentInput = z.input<typeof roleAssignmentInputSchema>;

export const assignmentIdSchema = z.uuid({ error: 'Not a role assignment id.' });

export const API_TOKEN_MAX_DAYS = 365;

/** New access token. */
export const apiTokenInputSchema = z.object({
  name: z
    .string({ error: 'Enter a name.' })
    .trim()
    .min(1, { error: 'Enter a name.' })
    .max(64, { error: 'A token name has at most 64 characters.' })
    .regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]*$/, { error: 'Use letters, digits, spaces, dots, hyphens and underscores.' }),
  expiresInDays: z
    .number({ error: 'Choose when the token expires.' })
    .int({ error: 'Choose when the token expires.' })
    .min(1, { error: 'A token lasts at least 1 day.' })
    .max(API_TOKEN_MAX_DAYS, { error: `A token lasts at most ${API_TOKEN_MAX_DAYS} days.` }),
});
export type ApiTokenInput = z.input<typeof apiTokenInputSchema>;

export const apiTokenIdSchema = z.uuid({ error: 'Not a token id.' });

/** A row of a vault's Access control (IAM). */
export interface RoleAssignmentRow {
  id: string;
  userId: string;
  email: string;
  userName: string;
  role: VaultRole;
  since: string;
  grantedBy: string | null;
}

/** An access token as its owner sees it listed: never the token itself. */
export interface ApiTokenRow {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  status: 'Active' | 'Expired' | 'Revoked';
}

export interface CreatedApiToken extends ApiTokenRow {
  /** The token itself: shown once, never stored. */
  token: string;
}
