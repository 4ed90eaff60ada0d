import { invalidValueMessage } from '../../errors/invalid';

const PREDEFINED: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

/** What may follow "&", as a user would write it: the predefined names and numeric references. */
const ENTITY_FORMS = [...Object.keys(PREDEFINED).map((name) => `&${name};`), '&#N;', '&#xH;'];

/** Largest valid Unicode code point. */
const MAX_CODE_POINT = 0x10ffff;

/**
 * Decodes the five predefined entities and numeric character references. An unknown or
 * malformed reference is kept literally and reported through `onProblem` with its offset
 * relative to `text`.
 */
export function decodeEntities(
  text: string,
  onProblem: (message: string, at: number) => void,
): string {
  if (!text.includes('&')) return text;
  let out = '';
  let last = 0;
  for (let amp = text.indexOf('&'); amp !== -1; amp = text.indexOf('&', last)) {
    out += text.slice(last, amp);
    const semi = text.indexOf(';', amp);
    const body = semi === -1 ? '' : text.slice(amp + 1, semi);
    const decoded = semi === -1 || body.length > 10 ? undefined : decodeOne(body);
    if (decoded === undefined) {
      const shown = text.slice(amp, Math.min(text.length, amp + 12));
      onProblem(
        `${invalidValueMessage('entity reference', shown, ENTITY_FORMS)}. Kept as text`,
        amp,
      );
      out += '&';
      last = amp + 1;
    } else {
      out += decoded;
      last = semi + 1;
    }
  }
  return out + text.slice(last);
}

function decodeOne(body: string): string | undefined {
  const named = PREDEFINED[body];
  if (named !== undefined) return named;
  let code = Number.NaN;
  if (/^#[0-9]+$/.test(body)) code = Number.parseInt(body.slice(1), 10);
  else if (/^#x[0-9a-fA-F]+$/.test(body)) code = Number.parseInt(body.slice(2), 16);
  if (!Number.isInteger(code) || code < 1 || code > MAX_CODE_POINT) return undefined;
  return String.fromCodePoint(code);
}
