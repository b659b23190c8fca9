/** The columns of a vault that its pages and routes show (VaultSummary). */
export const vaultSummarySelect = {
  id: true,
  name: true,
  subscriptionId: true,
  resourceGroup: true,
  location: true,
  s2sVpn: true,
  expressRoute: true,
  expressRoutePeering: true,
} as const;
