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
