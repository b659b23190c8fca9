import { Caption1 } from '@fluentui/react-components';
import type { Choice } from '@/lib/domain/reprotect/evaluate';
import { ReasonText } from './reason-text';
import { SubjectLink } from './subject-link';
import { pluralize } from '@/lib/domain/plural';

/**
 * The entries of a list that cannot be used, each with the rules it breaks and a
 * link to where that is seen, so that nothing is left out without a word.
 */
export function UnavailableChoices({ choices, noun, vaultName }: { choices: Choice[]; noun: [one: string, many: string]; vaultName: string }) {
  const unavailable = choices.filter((choice) => !choice.eligible);
  if (unavailable.length === 0) return null;
  const [one, many] = noun;
  return (
    <details className="vp-unavailable">
      <summary>
        <Caption1>
          Why {pluralize(unavailable.length, one, many)} can’t be used
        </Caption1>
      </summary>
      <ul aria-label={`Unavailable ${many}`}>
        {unavailable.map((choice) => (
          <li key={choice.id}>
            <strong>{choice.label}</strong>
            {choice.reasons.map((reason) => (
              <ReasonText key={reason.code} reason={reason} />
            ))}
            {choice.reasons[0] ? <SubjectLink reason={choice.reasons[0]} vaultName={vaultName} /> : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
