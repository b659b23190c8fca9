// Node.js flags of the Next.js server process, chosen for a portal that serves one operator:
// a young generation of 2 MB instead of 16 (fewer, shorter-lived pages resident), V8's
// memory-over-speed heuristics, and Prisma's query compiler (WebAssembly) compiled once
// without the optimising tier. Measured effect: docs/embedded-database.md.
export const NEXT_SERVER_FLAGS = ['--max-semi-space-size=2', '--optimize-for-size', '--liftoff-only'];

// Node.js flags of the process that owns the embedded database for the portal's lifetime
// (`npm start`, whose script in package.json carries the same flags): one V8 worker thread
// instead of four. Each worker thread that compiles PGlite's hot WebAssembly functions keeps
// a malloc arena of its own, tens of MB that are never given back. Measured effect:
// docs/embedded-database.md.
export const OWNER_FLAGS = ['--v8-pool-size=1'];

/** `npm start`'s command line, as package.json's start script spells it. */
export const OWNER_START_COMMAND = ['node', ...OWNER_FLAGS, 'scripts/launch.mjs', 'start'].join(' ');
