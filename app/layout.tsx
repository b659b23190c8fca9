import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import type { ReactNode } from 'react';
import { THEME_COOKIE, parseThemeCookie } from '@/components/shell/theme-cookie';
import { Providers } from './providers';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Vault Portal', template: '%s - Vault Portal' },
  description: 'Recovery Services vault: replicated items, reprotect and jobs.',
  icons: { icon: '/favicon.svg' },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const theme = parseThemeCookie((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <html lang="en" data-theme={theme}>
      <body>
        <Providers initialTheme={theme}>{children}</Providers>
      </body>
    </html>
  );
}
