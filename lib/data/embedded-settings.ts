// PostgreSQL settings of the embedded database, written as its postgresql.conf on every open
// (PGlite replaces the file with what it is given). PGlite's defaults are a server's: 128 MB of
// shared buffers and 64 MB of maintenance memory, all of it WebAssembly memory that, once
// touched, a WebAssembly instance never gives back. A rehearsal vault is one operator, a
// runner and a few hundred MB of data at most, so the buffers are sized for that. The reasons
// and the measured effect are in docs/embedded-database.md.

export const EMBEDDED_SETTINGS: Record<string, string> = {
  // The page cache of the operating system sits behind these buffers; a hit there costs a copy.
  shared_buffers: '32MB',
  // A list sorts one page of rows; bulk seeding and the 100,000-job bench sort no more.
  work_mem: '4MB',
  // VACUUM (ANALYZE), which the runner runs every few minutes, and index builds in migrations.
  maintenance_work_mem: '16MB',
  temp_buffers: '2MB',
  wal_buffers: '1MB',
  // WAL segments on disk: checkpoints come sooner, so less WAL is kept and replayed after a crash.
  min_wal_size: '32MB',
  max_wal_size: '128MB',
  // PGlite is one session: a small lock table and process array are all it ever uses.
  max_connections: '10',
  max_locks_per_transaction: '256',
  // The values initdb writes, kept because the file is replaced as a whole.
  datestyle: "'iso, mdy'",
  timezone: 'UTC',
  log_timezone: 'UTC',
  lc_messages: "'C'",
  lc_monetary: "'C'",
  lc_numeric: "'C'",
  lc_time: "'C'",
  default_text_search_config: "'pg_catalog.english'",
  dynamic_shared_memory_type: 'posix',
};

export function postgresqlConf(settings: Record<string, string> = EMBEDDED_SETTINGS): string {
  return `${Object.entries(settings)
    .map(([name, value]) => `${name} = ${value}`)
    .join('\n')}\n`;
}

