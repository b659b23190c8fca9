// What every answer to a fuzzed request must be, and the tally the suite prints: how
// many inputs each route and action was given, and what it answered.

/** Signs that an answer leaks the server's insides: stack frames, source paths, driver errors. */
const LEAKS = [
  /(^|\n|\\n)\s*at\s+[^\n]*?:\d+:\d+\)?/,
  /node_modules[\\/]/,
  /\.(?:ts|tsx|js|mjs):\d+:\d+/,
  /\bPrisma\w*Error\b/,
  /invalid `prisma\./i,
  /\bSQLSTATE\b|invalid byte sequence for encoding|unsupported Unicode escape sequence/,
  /\bTypeError:|\bReferenceError:|\bSyntaxError: Unexpected token .* at /,
];

/** The first leak found in an answer's text, for the failure message; null when clean. */
export function leakIn(text: string): string | null {
  for (const pattern of LEAKS) {
    const match = pattern.exec(text);
    if (match) return text.slice(Math.max(0, match.index - 80), match.index + 160);
  }
  return null;
}

export class FuzzTally {
  private readonly counts = new Map<string, Map<string, number>>();

  record(target: string, outcome: string | number): void {
    const outcomes = this.counts.get(target) ?? new Map<string, number>();
    outcomes.set(String(outcome), (outcomes.get(String(outcome)) ?? 0) + 1);
    this.counts.set(target, outcomes);
  }

  total(): number {
    let sum = 0;
    for (const outcomes of this.counts.values()) for (const count of outcomes.values()) sum += count;
    return sum;
  }

  /** One line per target: its input count and what it answered, e.g. "400×212 404×81 200×7". */
  report(title: string): string {
    const width = Math.max(...[...this.counts.keys()].map((key) => key.length), 10);
    const lines = [...this.counts.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([target, outcomes]) => {
        const count = [...outcomes.values()].reduce((sum, value) => sum + value, 0);
        const detail = [...outcomes.entries()]
          .sort(([, a], [, b]) => b - a)
          .map(([outcome, times]) => `${outcome}×${times}`)
          .join(' ');
        return `  ${target.padEnd(width)}  ${String(count).padStart(6)}  ${detail}`;
      });
    return [`${title}: ${this.total()} inputs across ${this.counts.size} targets`, ...lines].join('\n');
  }
}
