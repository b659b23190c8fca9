import { useId, type AnchorHTMLAttributes, type ButtonHTMLAttributes, type MouseEvent, type ReactNode } from 'react';
import styles from './controls.module.css';

// Buttons with the look of Fluent's Button and ToolbarButton, as native elements: for the
// first screen of a page, where a Fluent component would cost its JavaScript and its
// hydration before the operator uses it. Rendered by server and client components alike.

type Appearance = 'secondary' | 'subtle' | 'primary';

interface LookProps {
  appearance?: Appearance;
  size?: 'small' | 'medium';
  icon?: ReactNode;
  iconPosition?: 'before' | 'after';
}

function buttonClass({ appearance = 'secondary', size = 'medium', icon }: LookProps, extra?: string): string {
  return [
    styles.button,
    appearance === 'subtle' && styles.subtle,
    appearance === 'primary' && styles.primary,
    size === 'small' && styles.small,
    icon && styles.withIcon,
    extra,
  ]
    .filter(Boolean)
    .join(' ');
}

function Content({ icon, iconPosition = 'before', children }: LookProps & { children?: ReactNode }) {
  const iconSlot = icon ? (
    <span aria-hidden className={[styles.icon, children !== undefined && (iconPosition === 'before' ? styles.iconBefore : styles.iconAfter)].filter(Boolean).join(' ')}>
      {icon}
    </span>
  ) : null;
  return iconPosition === 'before' ? (
    <>
      {iconSlot}
      {children}
    </>
  ) : (
    <>
      {children}
      {iconSlot}
    </>
  );
}

export type NativeButtonProps = LookProps &
  ButtonHTMLAttributes<HTMLButtonElement> & {
    /** Off, but still focusable and read with its description (as Fluent's disabledFocusable). */
    disabledFocusable?: boolean;
  };

/** Fluent's Button: secondary, subtle or primary, medium or small. */
export function NativeButton({ appearance, size, icon, iconPosition, disabledFocusable, className, onClick, children, ...props }: NativeButtonProps) {
  return (
    <button
      type="button"
      {...props}
      aria-disabled={disabledFocusable || undefined}
      className={buttonClass({ appearance, size, icon }, className)}
      onClick={(event: MouseEvent<HTMLButtonElement>) => {
        if (!disabledFocusable) onClick?.(event);
      }}
    >
      <Content icon={icon} iconPosition={iconPosition}>
        {children}
      </Content>
    </button>
  );
}

/** A tooltip under its trigger on hover and keyboard focus; its text describes the trigger. */
export function Hint({ text, children }: { text: string; children: (describedBy: string) => ReactNode }) {
  const id = useId();
  return (
    <span className={styles.hintAnchor}>
      {children(id)}
      <span id={id} role="tooltip" className={styles.hint}>
        {text}
      </span>
    </span>
  );
}

export type CommandButtonProps = Omit<NativeButtonProps, 'appearance' | 'size'> & {
  /** Why the command is off, or what it does: a tooltip that describes it. */
  hint?: string;
};

/** A command of a command bar (Fluent's ToolbarButton): subtle, with its icon before the label. */
export function CommandButton({ hint, ...props }: CommandButtonProps) {
  if (!hint) return <NativeButton appearance="subtle" {...props} />;
  return <Hint text={hint}>{(describedBy) => <NativeButton appearance="subtle" aria-describedby={describedBy} {...props} />}</Hint>;
}

/** A command that is a link (a download, another page), drawn as a command bar's command. */
export function CommandLink({ icon, children, className, ...props }: AnchorHTMLAttributes<HTMLAnchorElement> & { icon?: ReactNode }) {
  return (
    <a {...props} className={buttonClass({ appearance: 'subtle', icon }, className)}>
      <Content icon={icon}>{children}</Content>
    </a>
  );
}
