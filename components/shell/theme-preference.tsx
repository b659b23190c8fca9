'use client';

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { THEME_COOKIE, type ThemeName } from './theme-cookie';

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

interface ThemePreference {
  theme: ThemeName;
  setTheme: (theme: ThemeName) => void;
}

const ThemePreferenceContext = createContext<ThemePreference | null>(null);

export function ThemePreferenceProvider({ initialTheme, children }: { initialTheme: ThemeName; children: ReactNode }) {
  const [theme, setThemeState] = useState(initialTheme);

  const setTheme = useCallback((next: ThemeName) => {
    setThemeState(next);
    // The cookie lets the server render the chosen theme on the next visit, with no flash.
    document.cookie = `${THEME_COOKIE}=${next}; path=/; max-age=${ONE_YEAR_SECONDS}; samesite=lax`;
    document.documentElement.dataset.theme = next;
  }, []);

  const value = useMemo(() => ({ theme, setTheme }), [theme, setTheme]);
  return <ThemePreferenceContext.Provider value={value}>{children}</ThemePreferenceContext.Provider>;
}

export function useThemePreference(): ThemePreference {
  const value = useContext(ThemePreferenceContext);
  if (!value) throw new Error('useThemePreference must be used inside ThemePreferenceProvider');
  return value;
}
