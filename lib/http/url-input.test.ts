import { describe, expect, it } from 'vitest';
import { paramsProblem, pathProblem, queryProblem } from './url-input';

describe('addresses the portal refuses before serving them', () => {
  it('a malformed percent-escape in a path segment', () => {
    expect(pathProblem('/api/vaults/%E0%A4%A/jobs')?.message).toBe(
      "The address is not valid: the path segment '%E0%A4%A' has a malformed percent-escape (each % must start an escape of UTF-8 text, such as %20).",
    );
    expect(pathProblem('/vaults/%')?.field).toBe('%');
    expect(pathProblem('/vaults/%zz')).not.toBeNull();
  });

  it('a NUL in a path segment, named with the segment', () => {
    expect(pathProblem('/api/vaults/contoso-dr-vault/jobs/%00')?.message).toBe(
      "The address is not valid: the path segment '\\u0000' contains a NUL character (U+0000), which cannot be stored.",
    );
  });

  it('a NUL in a query value, naming the parameter', () => {
    expect(queryProblem(new URLSearchParams('q=%00&page=2'))).toEqual({
      field: 'q',
      message: "Invalid query parameter 'q': it contains a NUL character (U+0000), which cannot be stored.",
    });
  });

  it('a route parameter that Next.js decoded into unstorable text', () => {
    expect(paramsProblem({ vaultName: 'contoso-dr-vault', itemId: 'x\uD800' })).toEqual({
      field: 'itemId',
      message: "Invalid path segment 'itemId': it contains an unpaired UTF-16 surrogate, which is not valid Unicode text.",
    });
  });

  it('accepts every ordinary address', () => {
    expect(pathProblem('/vaults/contoso-dr-vault/replicated-items/3f1c1e0a-9d2b-4a57-8a43-0c1b7a3e9f10')).toBeNull();
    expect(pathProblem('/api/vaults/x/jobs/%F0%9F%92%A5')).toBeNull();
    expect(queryProblem(new URLSearchParams('q=dc%20server&state=Protected'))).toBeNull();
    expect(paramsProblem({ vaultName: 'contoso-dr-vault' })).toBeNull();
  });
});
