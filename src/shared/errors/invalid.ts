/**
 * One way to say that a value is not valid: the thing, the value as given, and what would be
 * valid (the house rule for every error message). Errors and parser diagnostics both use it, so
 * a user meets one wording, and a list of choices is never spelled out by hand again.
 */

/** A string quoted (so "" and " x" are visible), anything else as String() gives it. */
export function showValue(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** `what "value" problem; expected one of a, b, c` (or: there are none to choose from). */
export function invalidValueMessage(
  what: string,
  value: unknown,
  valid: Iterable<unknown>,
  problem = 'is not valid',
): string {
  const choices = [...valid].map(String);
  const expected =
    choices.length > 0 ? `expected one of ${choices.join(', ')}` : 'there are none to choose from';
  return `${what} ${showValue(value)} ${problem}; ${expected}`;
}

/** The same message as a RangeError, to throw. */
export function invalidValue(
  what: string,
  value: unknown,
  valid: Iterable<unknown>,
  problem?: string,
): RangeError {
  return new RangeError(invalidValueMessage(what, value, valid, problem));
}

/**
 * `what value is not valid; expected an integer from min to max` (both ends included): the same
 * wording for a number outside its bounds, where listing the choices is not possible. `kind`
 * says what sort of number is wanted ("an integer", "a fraction", …).
 */
export function outOfRangeMessage(
  what: string,
  value: unknown,
  min: number,
  max: number,
  kind = 'a number',
): string {
  return `${what} ${showValue(value)} is not valid; expected ${kind} from ${min} to ${max}`;
}
