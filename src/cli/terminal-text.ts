/**
 * Text the CLI prints comes partly from files (glosses, sign names, pack fields): a C0 or C1
 * control character in one (ESC starting a terminal escape sequence, a bare CR rewriting the
 * line) would be run by the terminal instead of shown. Every human-readable line goes through
 * `printable`, which shows such characters as `\xNN` / `\u00NN` escapes instead.
 */

/** C0 controls but tab and line feed, DEL, and the C1 controls U+0080–U+009F. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** `text` with every control character but tab and line feed shown as an escape. */
export function printable(text: string): string {
  return text.replace(
    CONTROL,
    (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** One line on stderr, its control characters shown (messages quote glosses and file names). */
export function warnLine(text: string): void {
  process.stderr.write(`${printable(text)}\n`);
}
