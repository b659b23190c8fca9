'use client';

import { Badge, Dropdown, Field, Option, Text } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { pluralize } from '@/lib/domain/plural';
import type { Choice } from '@/lib/domain/reprotect/evaluate';
import type { Reason } from '@/lib/domain/reprotect/reasons';
import { ReasonText } from './reason-text';
import { SubjectLink } from './subject-link';

interface ChoiceFieldProps {
  label: string;
  value: string;
  choices: Choice[];
  onChange(id: string): void;
  /** Shown under the field, which is then marked invalid and described by it. */
  error?: string | ReactElement;
  hint?: string;
  placeholder: string;
  disabled?: boolean;
  /** Names the list in the "n of m can be used" summary, one and many: "datastore", "datastores". */
  nouns: [one: string, many: string];
}

/** The rules that refuse a field's choice, as its error message: each with a link to its subject. */
export function FieldBlockers({ reasons, vaultName }: { reasons: Reason[]; vaultName: string }) {
  return (
    <>
      {reasons.map((reason) => (
        <span key={reason.code} data-reason-code={reason.code} style={{ display: 'block' }}>
          {reason.message} <SubjectLink reason={reason} vaultName={vaultName} />
        </span>
      ))}
    </>
  );
}

/**
 * A required choice whose unusable entries stay in the list, disabled, each with
 * the rule it breaks, so that an operator sees why a server is not offered.
 */
export function ChoiceField(props: ChoiceFieldProps) {
  const { label, value, choices, onChange, error, hint, placeholder, disabled, nouns } = props;
  const selected = choices.find((choice) => choice.id === value);
  const eligible = choices.filter((choice) => choice.eligible).length;
  const summary = choices.length === 0 ? undefined : `${eligible} of ${pluralize(choices.length, ...nouns)} can be used.`;
  return (
    <Field
      label={label}
      required
      validationState={error ? 'error' : 'none'}
      validationMessage={error}
      hint={[hint, summary].filter(Boolean).join(' ') || undefined}
    >
      <Dropdown
        placeholder={placeholder}
        disabled={disabled}
        value={selected?.label ?? ''}
        selectedOptions={selected ? [selected.id] : []}
        onOptionSelect={(_, data) => data.optionValue && onChange(data.optionValue)}
        // Under its field (or above it, near the bottom), as wide as the field, scrolling when long;
        // never flipped beside the blade over the page.
        positioning={{ position: 'below', align: 'start', fallbackPositions: ['above'], autoSize: 'height', matchTargetSize: 'width' }}
        listbox={{ style: { maxHeight: 420 } }}
      >
        {choices.map((choice) => (
          <Option key={choice.id} value={choice.id} text={choice.label} disabled={!choice.eligible}>
            <div style={{ display: 'grid', gap: 2, padding: '2px 0' }}>
              <span style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
                <Text weight="semibold">{choice.label}</Text>
                {choice.recommended ? <Badge appearance="tint" color="success" size="small">Recommended</Badge> : null}
                {!choice.eligible ? <Badge appearance="tint" color="danger" size="small">Not available</Badge> : null}
              </span>
              <Text size={200}>{choice.detail}</Text>
              {choice.reasons.map((reason) => (
                <ReasonText key={reason.code} reason={reason} />
              ))}
            </div>
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
