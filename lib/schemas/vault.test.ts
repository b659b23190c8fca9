import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { vaultNameSchema } from './vault';

describe('vaultNameSchema', () => {
  it.each(['contoso-dr-vault', 'v2', 'A'.repeat(50), 'rehearsal-01'])('accepts %s', (name) => {
    expect(z.safeParse(vaultNameSchema, name).success).toBe(true);
  });

  it.each(['', 'v', '2-vault', '-vault', 'vault_01', 'vault 01', 'A'.repeat(51)])('refuses "%s"', (name) => {
    const result = z.safeParse(vaultNameSchema, name);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('A vault name has 2 to 50 letters, digits and hyphens, and starts with a letter.');
  });
});
