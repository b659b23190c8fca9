'use client';

import { Button, Tooltip, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { WeatherMoon20Regular, WeatherSunny20Regular } from '@fluentui/react-icons';
import { useThemePreference } from './theme-preference';

const useStyles = makeStyles({
  // The top bar is dark in both themes, so the button keeps light-on-dark colours.
  button: {
    color: '#ffffff',
    minWidth: '40px',
    height: '40px',
    borderRadius: 0,
    ':hover': { color: '#ffffff', backgroundColor: 'rgba(255, 255, 255, 0.12)' },
    ':hover:active': { color: '#ffffff', backgroundColor: 'rgba(255, 255, 255, 0.2)' },
  },
  focus: {
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
});

export function ThemeToggleButton() {
  const { theme, setTheme } = useThemePreference();
  const styles = useStyles();
  const next = theme === 'dark' ? 'light' : 'dark';
  const label = next === 'dark' ? 'Switch to dark theme' : 'Switch to light theme';
  return (
    <Tooltip content={label} relationship="label" withArrow>
      <Button
        appearance="transparent"
        className={mergeClasses(styles.button, styles.focus)}
        icon={theme === 'dark' ? <WeatherSunny20Regular /> : <WeatherMoon20Regular />}
        onClick={() => setTheme(next)}
      />
    </Tooltip>
  );
}
