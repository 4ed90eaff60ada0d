/**
 * A failed save of the user's data as a typed error the UI can show as it is: a full disk says
 * so and how much room the save needed; anything else names the system error. Either way the
 * message says that what was saved before is kept, because the write path guarantees it.
 */
import { KindedError } from '../../shared/ipc/result';

/** errno codes that mean "no room": the user can fix these by freeing space. */
const FULL_CODES: ReadonlySet<string> = new Set(['ENOSPC', 'EDQUOT']);

export function errnoCode(e: unknown): string | undefined {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

export interface FailedSave {
  /** What was not saved, as a headline: "transcript entry", "settings". */
  readonly what: string;
  readonly bytes: number;
  /** The folder it was written to. */
  readonly dir: string;
}

export function saveError(save: FailedSave, cause: unknown): KindedError {
  const code = errnoCode(cause);
  if (code !== undefined && FULL_CODES.has(code))
    return new KindedError(
      'disk-full',
      `disk full: ${save.what} not saved (${code}; ${save.bytes} bytes free needed in ${save.dir}); ` +
        'free some space and try again, everything saved before is kept',
    );
  const why = cause instanceof Error ? cause.message : String(cause);
  return new KindedError(
    'unavailable',
    `${save.what} not saved (${why}); everything saved before is kept`,
  );
}
