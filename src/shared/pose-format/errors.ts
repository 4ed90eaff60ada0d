/**
 * A `.pose` file that cannot be read: truncated, corrupt or beyond the sanity limits. `offset`
 * is the byte where reading failed and `expected` says what should have been there, so a user
 * (or a fuzz test) can tell a cut-off download from a wrong file.
 */
export class PoseFormatError extends Error {
  override readonly name = 'PoseFormatError';

  constructor(
    message: string,
    readonly offset: number,
    readonly expected: string,
  ) {
    super(message);
  }
}
