import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, isCrossOriginWrite } from './security-headers';

describe('content security policy', () => {
  it('lets scripts run only with the nonce, and nothing frame the portal', () => {
    const policy = contentSecurityPolicy('abc123', false);
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-eval');
  });

  it('allows eval only in development, where React needs it', () => {
    expect(contentSecurityPolicy('n', true)).toContain("'unsafe-eval'");
  });
});

describe('cross-origin writes', () => {
  it('refuses a write whose Origin is another site', () => {
    expect(isCrossOriginWrite('POST', 'http://attacker.example', 'localhost:3000')).toBe(true);
    expect(isCrossOriginWrite('DELETE', 'null', 'localhost:3000')).toBe(true);
    expect(isCrossOriginWrite('PATCH', 'not a url', 'localhost:3000')).toBe(true);
  });

  it('accepts a write from the portal itself, reads from anywhere, and calls without an Origin', () => {
    expect(isCrossOriginWrite('POST', 'http://localhost:3000', 'localhost:3000')).toBe(false);
    expect(isCrossOriginWrite('GET', 'http://attacker.example', 'localhost:3000')).toBe(false);
    expect(isCrossOriginWrite('POST', null, 'localhost:3000')).toBe(false);
  });
});
