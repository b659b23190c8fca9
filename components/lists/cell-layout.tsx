import type { ReactNode } from 'react';
import styles from './lists.module.css';

/** A grid cell's content as Fluent's TableCellLayout lays it out: a glyph before it, a second line under it. */
export function CellLayout({ media, description, children }: { media?: ReactNode; description?: ReactNode; children: ReactNode }) {
  return (
    <div className={styles.cellLayout}>
      {media ? <span className={styles.cellMedia}>{media}</span> : null}
      <div className={styles.cellContent}>
        <span className={styles.cellMain}>{children}</span>
        {description ? <span className={styles.cellDescription}>{description}</span> : null}
      </div>
    </div>
  );
}
