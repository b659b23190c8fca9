// How many inputs the fuzz suite sends, and from which seed: the same in process and over HTTP.

/** How many inputs each target gets: VAULT_FUZZ_SCALE multiplies the defaults (0.1 for a quick look). */
export function runsOf(defaultRuns: number): number {
  const scale = Number(process.env.VAULT_FUZZ_SCALE ?? 1);
  return Math.max(1, Math.round(defaultRuns * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}

/** The seed of this run (printed, and set with VAULT_FUZZ_SEED to replay a failure). */
export const FUZZ_SEED = Number(process.env.VAULT_FUZZ_SEED ?? Date.now() % 1_000_000_007);

/** Each target's own seed, derived from the run's: targets do not all draw the same sequence. */
export function seedOf(target: string): number {
  let hash = FUZZ_SEED;
  for (const char of target) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}
