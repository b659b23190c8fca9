import type { ReactNode } from 'react';

/** A titled panel of a blade, named by its title for assistive technology. */
export function Panel({ title, description, actions, children, id }: { title: string; description?: ReactNode; actions?: ReactNode; children: ReactNode; id?: string }) {
  return (
    <section aria-label={title} className="vp-panel" id={id}>
      <div style={{ display: 'flex', alignItems: 'baseline', gap: 16, flexWrap: 'wrap' }}>
        <h3>{title}</h3>
        {actions ? <div style={{ marginLeft: 'auto' }}>{actions}</div> : null}
      </div>
      {description ? <p style={{ margin: '0 0 10px', color: 'var(--colorNeutralForeground2)' }}>{description}</p> : null}
      {children}
    </section>
  );
}
