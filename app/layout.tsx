import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
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
        {/* The chosen theme's tokens come from the server: the browser loads the other theme only on a switch. */}
        <Providers initialTheme={theme} initialTokens={theme === 'dark' ? webDarkTheme : webLightTheme}>
          {children}
        </Providers>
      </body>
    </html>
  );
}
