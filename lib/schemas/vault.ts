import * as z from 'zod/mini';

export const EXPRESS_ROUTE_PEERINGS = ['None', 'Private', 'Public', 'PrivateAndPublic'] as const;

export const vaultSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  subscriptionId: z.string(),
  resourceGroup: z.string(),
  location: z.string(),
  s2sVpn: z.boolean(),
  expressRoute: z.boolean(),
  expressRoutePeering: z.enum(EXPRESS_ROUTE_PEERINGS),
});
export type VaultSummary = z.infer<typeof vaultSummarySchema>;

/** A Recovery Services vault's name, as Azure accepts it: 2 to 50 letters, digits and hyphens, starting with a letter. */
export const vaultNameSchema = z.string().check(
  z.regex(/^[A-Za-z][A-Za-z0-9-]{1,49}$/, 'A vault name has 2 to 50 letters, digits and hyphens, and starts with a letter.'),
);
