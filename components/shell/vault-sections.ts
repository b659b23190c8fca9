// The vault's resource menu, in the order of the real Recovery Services vault blade.
// Pages under a section are matched by their first URL segment below the vault.

export interface VaultSection {
  /** First path segment below /vaults/<name>; null is the vault's Overview. */
  segment: string | null;
  title: string;
}

export interface VaultSectionGroup {
  /** null for the entries above the first heading. */
  heading: string | null;
  sections: VaultSection[];
}

export const VAULT_SECTION_GROUPS: VaultSectionGroup[] = [
  {
    heading: null,
    sections: [
      { segment: null, title: 'Overview' },
      { segment: 'activity-log', title: 'Activity log' },
      { segment: 'access-control', title: 'Access control (IAM)' },
    ],
  },
  {
    heading: 'Protected items',
    sections: [
      { segment: 'replicated-items', title: 'Replicated items' },
      { segment: 'recovery-plans', title: 'Recovery plans' },
    ],
  },
  { heading: 'Monitoring', sections: [{ segment: 'jobs', title: 'Jobs' }] },
  {
    heading: 'Manage',
    sections: [
      { segment: 'infrastructure', title: 'Site Recovery infrastructure' },
      { segment: 'policies', title: 'Policies' },
    ],
  },
];

export function vaultPath(vaultName: string, segment: string | null = null): string {
  const base = `/vaults/${encodeURIComponent(vaultName)}`;
  return segment ? `${base}/${segment}` : base;
}

export function findVaultSection(segment: string | null): VaultSection | undefined {
  return VAULT_SECTION_GROUPS.flatMap((group) => group.sections).find((section) => section.segment === segment);
}
