'use client';

import { Dropdown, Field, Input, Option, Switch } from '@fluentui/react-components';
import { Controller, type Control, type FieldError, type FieldPath, type FieldValues } from 'react-hook-form';

// Form fields bound to react-hook-form, each showing its own validation message
// (from the zod schema in the browser, or the server's field errors).

/** How a field shows its validation: the message under it, and the error look while there is one. */
export function validationOf(error: FieldError | undefined) {
  return { validationState: error ? ('error' as const) : ('none' as const), validationMessage: error?.message };
}

interface BaseProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  hint?: string;
  required?: boolean;
}

interface TextProps {
  placeholder?: string;
  type?: 'text' | 'email' | 'password';
  autoComplete?: string;
}

export function TextField<T extends FieldValues>({ control, name, label, hint, required, placeholder, type, autoComplete }: BaseProps<T> & TextProps) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Field label={label} hint={hint} required={required} {...validationOf(fieldState.error)}>
          <Input
            type={type}
            autoComplete={autoComplete}
            value={field.value ?? ''}
            onChange={(_, data) => field.onChange(data.value)}
            onBlur={field.onBlur}
            name={field.name}
            placeholder={placeholder}
          />
        </Field>
      )}
    />
  );
}

/** A number box: an empty or non-numeric entry reaches the schema as NaN, which it refuses with its own message. */
export function NumberField<T extends FieldValues>({ control, name, label, hint, required, unit }: BaseProps<T> & { unit?: string }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Field label={label} hint={hint} required={required} {...validationOf(fieldState.error)}>
          <Input
            type="number"
            inputMode="decimal"
            contentAfter={unit}
            value={typeof field.value === 'number' && !Number.isNaN(field.value) ? String(field.value) : ''}
            onChange={(_, data) => field.onChange(data.value.trim() === '' ? Number.NaN : Number(data.value))}
            onBlur={field.onBlur}
            name={field.name}
          />
        </Field>
      )}
    />
  );
}

export function SelectField<T extends FieldValues>({
  control,
  name,
  label,
  hint,
  required,
  options,
  placeholder,
}: BaseProps<T> & { options: { value: string; text: string }[]; placeholder?: string }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const selected = options.find((option) => option.value === field.value);
        return (
          <Field label={label} hint={hint} required={required} {...validationOf(fieldState.error)}>
            <Dropdown
              placeholder={placeholder}
              value={selected?.text ?? ''}
              selectedOptions={selected ? [selected.value] : []}
              onOptionSelect={(_, data) => field.onChange(data.optionValue)}
              onBlur={field.onBlur}
            >
              {options.map((option) => (
                <Option key={option.value} value={option.value}>
                  {option.text}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      }}
    />
  );
}

export function SwitchField<T extends FieldValues>({ control, name, label, hint }: BaseProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Field hint={hint} {...validationOf(fieldState.error)}>
          <Switch label={label} checked={Boolean(field.value)} onChange={(_, data) => field.onChange(data.checked)} />
        </Field>
      )}
    />
  );
}
