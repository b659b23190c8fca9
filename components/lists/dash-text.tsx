'use client';

import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  dash: { color: tokens.colorNeutralForeground3 },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});

/** A dash in a grid cell for sighted users, with the words for screen readers ("Never", "Not started"). */
export function DashText({ label }: { label: string }) {
  const styles = useStyles();
  return (
    <span className={styles.dash} title={label}>
      <span aria-hidden>—</span>
      <span className={styles.visuallyHidden}>{label}</span>
    </span>
  );
}
