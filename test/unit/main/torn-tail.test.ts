import { describe, expect, it } from 'vitest';
import { checkTail } from '../../../src/main/store/torn-tail';

const isRecord = (line: string) => /^\{[^{}]*\}$/.test(line);
const check = (text: string) => checkTail(Buffer.from(text, 'utf8'), isRecord);

describe('checkTail', () => {
  it('keeps whole records, blank lines and an empty file', () => {
    expect(check('')).toEqual({ keep: 0, needsNewline: false });
    expect(check('{a}\n{b}\n')).toEqual({ keep: 8, needsNewline: false });
    expect(check('\n')).toEqual({ keep: 1, needsNewline: false });
    expect(check('{a}\n\n')).toEqual({ keep: 5, needsNewline: false });
  });

  it('cuts a tail with no newline back to the last whole record', () => {
    expect(check('{a}\n{b')).toEqual({ keep: 4, needsNewline: false });
    expect(check('{b')).toEqual({ keep: 0, needsNewline: false });
  });

  it('cuts an unparsable last line, and a torn tail after it, in one go', () => {
    expect(check('{a}\n{b{c}\n')).toEqual({ keep: 4, needsNewline: false });
    expect(check('{a}\nx\n{b')).toEqual({ keep: 4, needsNewline: false });
    expect(check('x\n')).toEqual({ keep: 0, needsNewline: false });
  });

  it('asks for a newline when the tail is a whole record', () => {
    expect(check('{a}\n{b}')).toEqual({ keep: 7, needsNewline: true });
  });

  it('counts bytes, not characters', () => {
    expect(check('{é}\n{b')).toEqual({ keep: 5, needsNewline: false });
  });
});
