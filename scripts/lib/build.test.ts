import { describe, expect, it } from 'vitest';
import { firstBuildError } from './build';

// What `next build` 16 prints for the two kinds of error an edit most often causes, colours included.

const SYNTAX = `▲ Next.js 16.4.6 (Turbopack)

  Creating an optimized production build ...

> Build error occurred
Error: Turbopack build failed with 1 error:
./app/(portal)/vaults/[vaultName]/page.tsx:3:21
Error: Unterminated regexp literal
  \x1b[90m1 |\x1b[0m \x1b[36mexport\x1b[0m default function Page() {
\x1b[31m\x1b[1m>\x1b[0m \x1b[90m3 |\x1b[0m   return <h1>{title</h1>;
  \x1b[90m  |\x1b[0m                     \x1b[31m\x1b[1m^^^^^\x1b[0m

Parsing ecmascript source code failed
`;

const TYPES = `✓ Compiled successfully in 20.1s
  Running TypeScript ...
lib/data/jobs.ts(12,7): error TS2322: Type 'string' is not assignable to type 'number'.
app/page.tsx(2,9): error TS2322: Type 'string' is not assignable to type 'number'.
Failed to type check.
`;

describe('the first error of a failed build', () => {
  it('takes the location Turbopack prints and the message after it, not the code excerpt', () => {
    expect(firstBuildError(SYNTAX, '/nowhere')).toBe('app/(portal)/vaults/[vaultName]/page.tsx:3:21 (Unterminated regexp literal)');
  });

  it('takes the first error of the type check, as file:line:column', () => {
    expect(firstBuildError(TYPES, '/nowhere')).toBe("lib/data/jobs.ts:12:7 (Type 'string' is not assignable to type 'number'.)");
  });

  it('falls back to the first line that speaks of an error', () => {
    expect(firstBuildError('Creating an optimized production build ...\nError: Cannot find module next.config.mjs\n    at load (x.js:1:2)\n')).toBe(
      'Error: Cannot find module next.config.mjs',
    );
  });
});
