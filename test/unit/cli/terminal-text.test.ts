import { afterEach, describe, expect, it, vi } from 'vitest';
import { emit } from '../../../src/cli/command';
import { printable } from '../../../src/cli/terminal-text';

// Issue 18: glosses and pack fields are printed by the CLI; an ESC in one was run by the
// terminal (retitle the window, clear the screen, forge a line) instead of shown.
const ESC_TITLE = '\u001b]0;owned\u0007';
const CSI_C1 = '\u009b2J';

afterEach(() => vi.restoreAllMocks());

describe('CLI human output', () => {
  it('shows control characters from data as escapes instead of sending them', () => {
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
      out.push(String(s));
      return true;
    });
    emit(false, {}, () => `HELLO${ESC_TITLE} ${CSI_C1}\rWORLD\n\tnext`);
    const text = out.join('');
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(text).toBe('HELLO\\x1B]0;owned\\x07 \\x9B2J\\x0DWORLD\n\tnext\n');
  });

  it('leaves --json output to JSON, which escapes control characters itself', () => {
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
      out.push(String(s));
      return true;
    });
    emit(true, { gloss: `A${ESC_TITLE}` }, () => '');
    expect(JSON.parse(out.join(''))).toEqual({ gloss: `A${ESC_TITLE}` });
    expect(out.join('')).not.toContain('\u001b');
  });

  it('keeps printable text, tabs and line breaks as they are', () => {
    expect(printable('Grüße → 你好\tA\nB')).toBe('Grüße → 你好\tA\nB');
  });
});
