import { describe, expect, it } from 'vitest';
import { combinedPsMtProblem } from './installation-rules';

describe('article: Windows VMs can reuse the PS+MT on the configuration server; Linux VMs need an additional Linux master target', () => {
  it.each([
    { osType: 'Windows', combined: true, refused: false },
    { osType: 'Windows', combined: false, refused: false },
    { osType: 'Linux', combined: false, refused: false },
    { osType: 'Linux', combined: true, refused: true },
  ] as const)('$osType, combined PS+MT $combined: refused $refused', ({ osType, combined, refused }) => {
    const problem = combinedPsMtProblem(osType, combined);
    if (refused) expect(problem).toMatch(/Windows only/);
    else expect(problem).toBeNull();
  });
});
