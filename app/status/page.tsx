import type { Metadata } from 'next';
import { pingDatabase } from '@/lib/data/health';

export const metadata: Metadata = { title: 'Status' };
export const dynamic = 'force-dynamic';

/** The portal's smallest page: whether it renders and reaches its database (also the bench's trivial page). */
export default async function StatusPage() {
  const database = await pingDatabase();
  return (
    <main style={{ padding: 24, fontFamily: 'inherit' }}>
      <h1 style={{ fontSize: 20 }}>Vault Portal</h1>
      <p role="status">{database ? 'Running; the database answers.' : 'Running, but the database does not answer.'}</p>
    </main>
  );
}
