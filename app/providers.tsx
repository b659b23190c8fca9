'use client';

import { FluentProvider, type Theme } from '@fluentui/react-components';
import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { FocusManagement } from '@/components/shell/focus-management';
import { FluentStyleRegistry } from '@/components/shell/fluent-style-registry';
import { ResumeReturnFocus } from '@/components/shell/resume-return-focus';
import type { ThemeName } from '@/components/shell/theme-cookie';
import { ThemePreferenceProvider, useThemePreference } from '@/components/shell/theme-preference';
import { getQueryClient } from '@/lib/queries/query-client';

export function Providers({ initialTheme, initialTokens, children }: { initialTheme: ThemeName; initialTokens: Theme; children: ReactNode }) {
  const queryClient = getQueryClient();
  return (
    <FluentStyleRegistry>
      <ThemePreferenceProvider initialTheme={initialTheme} initialTokens={initialTokens}>
        <QueryClientProvider client={queryClient}>
          <ThemedFluentProvider>{children}</ThemedFluentProvider>
        </QueryClientProvider>
      </ThemePreferenceProvider>
    </FluentStyleRegistry>
  );
}

function ThemedFluentProvider({ children }: { children: ReactNode }) {
  const { tokens } = useThemePreference();
  return (
    <FluentProvider theme={tokens}>
      {children}
      <FocusManagement />
      <ResumeReturnFocus />
    </FluentProvider>
  );
}
