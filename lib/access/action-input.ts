import { failure } from '../schemas/action-result';
import { findUnstorableText } from '../schemas/storable-text';

/**
 * The refusal of a server action call whose arguments hold text the database cannot
 * store (or nest absurdly deep), naming the field; null when they are fine. Forms never
 * send such values, so this answers a hand-made call before anything reads the database.
 */
export function unstorableArguments(args: readonly unknown[]) {
  for (const [index, arg] of args.entries()) {
    const found = findUnstorableText(arg);
    if (!found) continue;
    const field = found.path || `argument ${index + 1}`;
    const message = `The value of '${field}' ${found.problem}.`;
    return failure('invalid', message, { [field]: message });
  }
  return null;
}
