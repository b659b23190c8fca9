import { ChevronDown20Regular, Search20Regular } from '@fluentui/react-icons';
import { useId, type ReactNode } from 'react';
import styles from './controls.module.css';

// Fluent's labelled SearchBox and Select as native elements with Fluent's look: the filter bars
// of the lists, which are on screen from the first paint.

interface FieldProps {
  label: string;
  children: (id: string) => ReactNode;
}

function Field({ label, children }: FieldProps) {
  const id = useId();
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {children(id)}
    </div>
  );
}

interface SearchFieldProps {
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  width: string;
}

/** A labelled search box (role searchbox), with Fluent's search glyph before the text. */
export function SearchField({ label, placeholder, value, onChange, width }: SearchFieldProps) {
  return (
    <Field label={label}>
      {(id) => (
        <span className={styles.inputRoot} style={{ width }}>
          <span className={styles.contentBefore} aria-hidden>
            <Search20Regular />
          </span>
          <input id={id} type="search" className={styles.input} placeholder={placeholder} value={value} onChange={(event) => onChange(event.target.value)} />
        </span>
      )}
    </Field>
  );
}

export interface SelectChoice {
  value: string;
  text: string;
}

interface SelectFieldProps {
  label: string;
  choices: readonly SelectChoice[];
  value: string;
  onChange: (value: string) => void;
  minWidth: string;
}

/** A labelled choice among a few fixed values: the browser's own list, with Fluent's look. */
export function SelectField({ label, choices, value, onChange, minWidth }: SelectFieldProps) {
  return (
    <Field label={label}>
      {(id) => (
        <span className={styles.selectRoot} style={{ minWidth }}>
          <select id={id} className={styles.select} value={value} onChange={(event) => onChange(event.target.value)}>
            {choices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.text}
              </option>
            ))}
          </select>
          <span className={styles.selectIcon} aria-hidden>
            <ChevronDown20Regular />
          </span>
        </span>
      )}
    </Field>
  );
}
