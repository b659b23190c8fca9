'use client';

import Link from 'next/link';

// When the portal's frame itself fails, nothing of it can be used here (not even its
// styles): a plain page with the same reference the server logged.

const frame = { margin: 0, fontFamily: "'Segoe UI', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif", color: '#242424' };
const bar = { display: 'flex', alignItems: 'center', height: 40, paddingLeft: 16, background: '#1b1a19', color: '#fff', fontSize: 15, fontWeight: 600 };

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={frame}>
        <header style={bar}>Vault Portal</header>
        <main style={{ maxWidth: 640, padding: '48px 32px' }}>
          <h1 style={{ fontSize: 20, fontWeight: 600 }}>Something went wrong</h1>
          <p>The portal could not show this page. Try again in a moment; if it keeps failing, give the reference below to whoever runs the portal.</p>
          <p role="note">
            Reference: <code>{error.digest ?? 'none (the error happened in this browser)'}</code>
          </p>
          <button type="button" onClick={reset}>
            Try again
          </button>{' '}
          <Link href="/">Go to the portal&apos;s home page</Link>
        </main>
      </body>
    </html>
  );
}
