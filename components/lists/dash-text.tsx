import styles from './lists.module.css';

/** A dash in a grid cell for sighted users, with the words for screen readers ("Never", "Not started"). */
export function DashText({ label }: { label: string }) {
  return (
    <span className={styles.dash} title={label}>
      <span aria-hidden>—</span>
      <span className={styles.visuallyHidden}>{label}</span>
    </span>
  );
}
