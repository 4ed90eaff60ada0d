/**
 * A CLI command: parses its own options (node:util parseArgs), prints human output by default and
 * JSON on stdout with --json, and returns an exit code. Errors go to stderr with what was wrong.
 */
import { printable } from './terminal-text';

export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  run(argv: string[]): Promise<number>;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * Prints the value as JSON (machine mode: JSON.stringify escapes control characters itself) or
 * the human text with its control characters shown, not run (see terminal-text.ts).
 */
export function emit(json: boolean, value: unknown, human: () => string): void {
  if (json) process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  else process.stdout.write(`${printable(human())}\n`);
}
