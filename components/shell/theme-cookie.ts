// Shared by the root layout (server) and the theme toggle (browser).
export type ThemeName = 'light' | 'dark';

export const THEME_COOKIE = 'theme';

export function parseThemeCookie(value: string | undefined): ThemeName {
  return value === 'dark' ? 'dark' : 'light';
}
