import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path';

describe('the path sign-in returns to', () => {
  it('keeps a path of the portal, with its query', () => {
    expect(safeReturnPath('/vaults/contoso-dr-vault/jobs?status=Failed')).toBe('/vaults/contoso-dr-vault/jobs?status=Failed');
  });

  it.each(['//evil.example/x', 'https://evil.example', '/\\evil.example', 'vaults', '', '/a\nb', undefined, 42, `/${'a'.repeat(2001)}`])(
    'sends %j to the start page instead',
    (value) => {
      expect(safeReturnPath(value)).toBe('/');
    },
  );
});
