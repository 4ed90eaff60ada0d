import type { DigitContact, DigitSpec, Handshape } from '../spec';
import {
  BENDING_SYMBOLS,
  DIGIT_SYMBOLS,
  FINGER_PART_SYMBOLS,
  HANDSHAPE_SYMBOLS,
  THUMB_SYMBOLS,
  type Bending,
  type Digit,
  type ThumbPosition,
} from '../vocab';
import type { Cursor } from './cursor';

type Key<T> = keyof T;

/**
 * handshape := BASE (THUMBMOD | BENDMOD)* digitItem* "hametc"? ("hambetween" handshape)?
 * digitItem := DIGIT BENDMOD? | DIGIT FINGERPART DIGIT
 * Call with the cursor on a base handshape symbol. A between shape has no between of its own.
 */
export function parseHandshape(c: Cursor, allowBetween = true): Handshape {
  const start = c.pos;
  const base = HANDSHAPE_SYMBOLS[c.take() as Key<typeof HANDSHAPE_SYMBOLS>];
  let thumb: ThumbPosition | undefined;
  let bend: Bending | undefined;
  for (;;) {
    const cat = c.cat();
    if (cat === 'thumbModifier') {
      if (thumb !== undefined)
        c.warn(
          'unexpected-symbol',
          `second thumb modifier ${c.peek()} after ${thumb}; the first is kept`,
        );
      const t = THUMB_SYMBOLS[c.take() as Key<typeof THUMB_SYMBOLS>];
      thumb ??= t;
    } else if (cat === 'bendModifier') {
      if (bend !== undefined)
        c.warn('unexpected-symbol', `second bending ${c.peek()} after ${bend}; the first is kept`);
      const b = BENDING_SYMBOLS[c.take() as Key<typeof BENDING_SYMBOLS>];
      bend ??= b;
    } else break;
  }
  const digits: DigitSpec[] = [];
  const contacts: DigitContact[] = [];
  let thumbBetween: [Digit, Digit] | undefined;
  while (c.cat() === 'digit') {
    const itemStart = c.pos;
    if (c.is('hambetween', 1) && c.cat(2) === 'digit') {
      const a = DIGIT_SYMBOLS[c.take() as Key<typeof DIGIT_SYMBOLS>];
      c.take();
      const b = DIGIT_SYMBOLS[c.take() as Key<typeof DIGIT_SYMBOLS>];
      if (thumbBetween)
        c.warn('unexpected-symbol', 'second "digit hambetween digit"; the first is kept', -1);
      thumbBetween ??= [a, b];
      continue;
    }
    if (c.cat(1) === 'fingerPart') {
      // digit-part-digit is a contact inside the shape; digit-part-other is a site on a hand.
      if (c.cat(2) !== 'digit') break;
      const first = DIGIT_SYMBOLS[c.take() as Key<typeof DIGIT_SYMBOLS>];
      const part = FINGER_PART_SYMBOLS[c.take() as Key<typeof FINGER_PART_SYMBOLS>];
      const second = DIGIT_SYMBOLS[c.take() as Key<typeof DIGIT_SYMBOLS>];
      contacts.push({ first, part, second, src: c.span(itemStart) });
      continue;
    }
    const digit = DIGIT_SYMBOLS[c.take() as Key<typeof DIGIT_SYMBOLS>];
    const digitBend =
      c.cat() === 'bendModifier'
        ? BENDING_SYMBOLS[c.take() as Key<typeof BENDING_SYMBOLS>]
        : undefined;
    digits.push(
      digitBend === undefined
        ? { digit, src: c.span(itemStart) }
        : { digit, bend: digitBend, src: c.span(itemStart) },
    );
  }
  const approximate = c.accept('hametc');
  let between: Handshape | undefined;
  if (allowBetween && c.is('hambetween') && c.cat(1) === 'handshape') {
    c.take();
    between = parseHandshape(c, false);
  }
  const shape: Handshape = { base, digits, contacts, approximate, src: c.span(start) };
  return {
    ...shape,
    ...(thumb !== undefined && { thumb }),
    ...(bend !== undefined && { bend }),
    ...(between !== undefined && { between }),
    ...(thumbBetween !== undefined && { thumbBetween }),
  };
}
