'use client';

import type { Theme } from '@fluentui/react-components';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { THEME_COOKIE, type ThemeName } from './theme-cookie';

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

interface ThemePreference {
  theme: ThemeName;
  /** Fluent's tokens of the theme: the server's for the first paint, the other's once switched to. */
  tokens: Theme;
  setTheme: (theme: ThemeName) => void;
}

const ThemePreferenceContext = createContext<ThemePreference | null>(null);

interface ThemePreferenceProviderProps {
  initialTheme: ThemeName;
  initialTokens: Theme;
  children: ReactNode;
}

export function ThemePreferenceProvider({ initialTheme, initialTokens, children }: ThemePreferenceProviderProps) {
  const [state, setState] = useState({ theme: initialTheme, tokens: initialTokens });

  const setTheme = useCallback((next: ThemeName) => {
    // The page ships the tokens of the theme it was rendered in; the others load on the first switch.
    void import('./themes').then((themes) => {
      setState({ theme: next, tokens: next === 'dark' ? themes.webDarkTheme : themes.webLightTheme });
      // The cookie lets the server render the chosen theme on the next visit, with no flash.
      document.cookie = `${THEME_COOKIE}=${next}; path=/; max-age=${ONE_YEAR_SECONDS}; samesite=lax`;
      document.documentElement.dataset.theme = next;
    });
  }, []);

  const value = useMemo(() => ({ ...state, setTheme }), [state, setTheme]);
  return <ThemePreferenceContext.Provider value={value}>{children}</ThemePreferenceContext.Provider>;
}

export function useThemePreference(): ThemePreference {
  const value = useContext(ThemePreferenceContext);
  if (!value) throw new Error('useThemePreference must be used inside ThemePreferenceProvider');
  return value;
}
