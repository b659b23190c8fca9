'use client';

import { WeatherMoon20Regular, WeatherSunny20Regular } from '@fluentui/react-icons';
import { Hint } from '@/components/ui/buttons';
import styles from './shell.module.css';
import { useThemePreference } from './theme-preference';

export function ThemeToggleButton() {
  const { theme, setTheme } = useThemePreference();
  const next = theme === 'dark' ? 'light' : 'dark';
  const label = next === 'dark' ? 'Switch to dark theme' : 'Switch to light theme';
  return (
    // The tooltip shows the button's name, which aria-label gives it.
    <Hint text={label}>
      {() => (
        <button type="button" aria-label={label} className={styles.barButton} onClick={() => setTheme(next)}>
          <span className={styles.barIcon} aria-hidden>
            {theme === 'dark' ? <WeatherSunny20Regular /> : <WeatherMoon20Regular />}
          </span>
        </button>
      )}
    </Hint>
  );
}
