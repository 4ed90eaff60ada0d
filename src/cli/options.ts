import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { outOfRangeMessage } from '../shared/errors/invalid';
import { UsageError } from './command';

/** parseArgs with strict checking whose errors become UsageErrors (exit code 2 and the usage). */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: T,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}

/** A numeric option, checked against bounds, with an error naming the value and the range. */
export function intOption(
  name: string,
  raw: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(outOfRangeMessage(`--${name}`, raw, min, max, 'an integer'));
  }
  return n;
}
