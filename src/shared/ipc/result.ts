/**
 * The one envelope every cross-process call returns (docs/conventions.md #4): callers branch on `ok`,
 * never on thrown exceptions that lose their type at a process boundary.
 */
export const ERROR_KINDS = [
  'invalid-request',
  'not-found',
  'timeout',
  'worker-crashed',
  'unavailable',
  'bad-input',
  'bad-pack',
  'forbidden',
  'shutting-down',
  /** The user's data could not be saved because the disk (or quota) is full; nothing was lost. */
  'disk-full',
  'internal',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export interface IpcError {
  readonly kind: ErrorKind;
  readonly message: string;
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const err = (kind: ErrorKind, message: string): Result<never> => ({
  ok: false,
  error: { kind, message },
});

/** An Error that carries an ErrorKind across `throw`, so handlers can fail with a precise kind. */
export class KindedError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'KindedError';
  }
}

/** Turns anything thrown into an IpcError; unknown throwables become `internal`. */
export function toIpcError(e: unknown): IpcError {
  if (e instanceof KindedError) return { kind: e.kind, message: e.message };
  if (e instanceof Error) return { kind: 'internal', message: e.message };
  return { kind: 'internal', message: String(e) };
}

/** Unwraps a Result or throws a KindedError with the same kind and message. */
export function unwrap<T>(r: Result<T>): T {
  if (r.ok) return r.value;
  throw new KindedError(r.error.kind, r.error.message);
}
