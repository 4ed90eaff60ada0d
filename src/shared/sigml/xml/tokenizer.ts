import { decodeEntities } from './entities';

/** One lexical unit of an XML document; offsets index the source text. */
export type XmlToken =
  | {
      readonly type: 'start';
      readonly name: string;
      readonly attributes: readonly RawAttribute[];
      readonly selfClosing: boolean;
      readonly offset: number;
      /** Offset just after the tag. */
      readonly end: number;
    }
  | { readonly type: 'end'; readonly name: string; readonly offset: number; readonly end: number }
  | {
      readonly type: 'text';
      readonly text: string;
      readonly offset: number;
      readonly cdata: boolean;
    }
  | { readonly type: 'comment' | 'pi' | 'doctype'; readonly offset: number };

export interface RawAttribute {
  readonly name: string;
  readonly value: string;
  readonly offset: number;
}

export interface TokenProblem {
  readonly message: string;
  readonly offset: number;
}

const NAME = /[A-Za-z_:\u00C0-\uFFFF][A-Za-z0-9_:.\-\u00B7\u00C0-\uFFFF]*/y;
const SPACE = /[ \t\r\n]*/y;
const BOM = '\uFEFF';

/**
 * Splits an XML document into tokens. Never throws: malformed input is tokenized as sensibly as
 * possible and each problem is reported with its offset.
 */
export function tokenizeXml(text: string): { tokens: XmlToken[]; problems: TokenProblem[] } {
  return new Tokenizer(text).run();
}

class Tokenizer {
  private pos: number;
  private readonly tokens: XmlToken[] = [];
  private readonly problems: TokenProblem[] = [];

  constructor(private readonly text: string) {
    this.pos = text.startsWith(BOM) ? 1 : 0;
  }

  run(): { tokens: XmlToken[]; problems: TokenProblem[] } {
    const { text } = this;
    while (this.pos < text.length) {
      const lt = text.indexOf('<', this.pos);
      if (lt !== this.pos) {
        this.text_(this.pos, lt === -1 ? text.length : lt);
        continue;
      }
      if (text.startsWith('<!--', lt)) this.skipTo('comment', '-->', 4);
      else if (text.startsWith('<![CDATA[', lt)) this.cdata();
      else if (text.startsWith('<?', lt)) this.skipTo('pi', '?>', 2);
      else if (text.startsWith('<!DOCTYPE', lt)) this.doctype();
      else if (text.startsWith('</', lt)) this.endTag();
      else if (this.nameAt(lt + 1) !== undefined) this.startTag();
      else {
        this.problem(
          `"<" at this point does not start a tag (expected a name, "/", "!--" or "?"); read as text`,
          lt,
        );
        this.tokens.push({ type: 'text', text: '<', offset: lt, cdata: false });
        this.pos = lt + 1;
      }
    }
    return { tokens: this.tokens, problems: this.problems };
  }

  private problem(message: string, offset: number): void {
    this.problems.push({ message, offset });
  }

  private nameAt(at: number): string | undefined {
    NAME.lastIndex = at;
    return NAME.exec(this.text)?.[0];
  }

  private skipSpace(): void {
    SPACE.lastIndex = this.pos;
    SPACE.exec(this.text);
    this.pos = SPACE.lastIndex;
  }

  private text_(from: number, to: number): void {
    const raw = this.text.slice(from, to);
    this.checkChars(raw, from);
    const decoded = decodeEntities(raw, (m, at) => this.problem(m, from + at));
    this.tokens.push({ type: 'text', text: decoded, offset: from, cdata: false });
    this.pos = to;
  }

  private checkChars(raw: string, from: number): void {
    const bad = firstForbiddenChar(raw);
    if (bad !== -1) {
      const code = raw.charCodeAt(bad).toString(16).toUpperCase().padStart(4, '0');
      this.problem(`character U+${code} is not allowed in XML; kept as text`, from + bad);
    }
  }

  private skipTo(type: 'comment' | 'pi', close: string, openLength: number): void {
    const start = this.pos;
    const end = this.text.indexOf(close, start + openLength);
    if (end === -1) {
      this.problem(
        `unterminated ${type === 'comment' ? 'comment' : 'processing instruction'}: no "${close}" before the end of the document`,
        start,
      );
      this.pos = this.text.length;
    } else this.pos = end + close.length;
    this.tokens.push({ type, offset: start });
  }

  private cdata(): void {
    const start = this.pos;
    const end = this.text.indexOf(']]>', start + 9);
    if (end === -1)
      this.problem('unterminated CDATA section: no "]]>" before the end of the document', start);
    const stop = end === -1 ? this.text.length : end;
    this.tokens.push({
      type: 'text',
      text: this.text.slice(start + 9, stop),
      offset: start,
      cdata: true,
    });
    this.pos = end === -1 ? stop : end + 3;
  }

  private doctype(): void {
    const start = this.pos;
    let depth = 0;
    for (let i = start + 9; i < this.text.length; i++) {
      const c = this.text[i];
      if (c === '[') depth++;
      else if (c === ']') depth--;
      else if (c === '>' && depth <= 0) {
        this.pos = i + 1;
        this.tokens.push({ type: 'doctype', offset: start });
        return;
      }
    }
    this.problem('unterminated <!DOCTYPE: no ">" before the end of the document', start);
    this.pos = this.text.length;
  }

  private endTag(): void {
    const start = this.pos;
    const name = this.nameAt(start + 2);
    if (name === undefined) {
      this.problem('"</" is not followed by an element name; read as text', start);
      this.tokens.push({ type: 'text', text: '</', offset: start, cdata: false });
      this.pos = start + 2;
      return;
    }
    this.pos = start + 2 + name.length;
    this.skipSpace();
    if (this.text[this.pos] === '>') this.pos++;
    else this.problem(`end tag </${name}> is not closed with ">"; closed here`, this.pos);
    this.tokens.push({ type: 'end', name, offset: start, end: this.pos });
  }

  private startTag(): void {
    const start = this.pos;
    const name = this.nameAt(start + 1) ?? '';
    this.pos = start + 1 + name.length;
    const attributes: RawAttribute[] = [];
    const seen = new Set<string>();
    const { text } = this;
    for (;;) {
      this.skipSpace();
      const c = text[this.pos];
      if (c === undefined) {
        this.problem(`start tag <${name}> is not closed before the end of the document`, start);
        break;
      }
      if (c === '>') {
        this.pos++;
        break;
      }
      if (c === '/' && text[this.pos + 1] === '>') {
        this.pos += 2;
        this.tokens.push({
          type: 'start',
          name,
          attributes,
          selfClosing: true,
          offset: start,
          end: this.pos,
        });
        return;
      }
      if (c === '<') {
        this.problem(
          `start tag <${name}> is not closed with ">" before the next "<"; closed here`,
          this.pos,
        );
        break;
      }
      const attrName = this.nameAt(this.pos);
      if (attrName === undefined) {
        this.problem(
          `unexpected "${c}" in start tag <${name}> (expected an attribute name, ">" or "/>"); skipped`,
          this.pos,
        );
        this.pos++;
        continue;
      }
      this.attribute(name, attrName, attributes, seen);
    }
    this.tokens.push({
      type: 'start',
      name,
      attributes,
      selfClosing: false,
      offset: start,
      end: this.pos,
    });
  }

  private attribute(tag: string, attrName: string, into: RawAttribute[], seen: Set<string>): void {
    const at = this.pos;
    const { text } = this;
    this.pos += attrName.length;
    this.skipSpace();
    let value = '';
    if (text[this.pos] !== '=') {
      this.problem(
        `attribute ${attrName} of <${tag}> has no value (expected ${attrName}="…"); taken as ""`,
        at,
      );
    } else {
      this.pos++;
      this.skipSpace();
      const quote = text[this.pos];
      if (quote === '"' || quote === "'") {
        const close = text.indexOf(quote, this.pos + 1);
        const lt = text.indexOf('<', this.pos + 1);
        if (close === -1 || (lt !== -1 && lt < close)) {
          this.problem(
            `value of attribute ${attrName} of <${tag}> is not closed with ${quote}; ends here`,
            at,
          );
          const stop = lt === -1 ? text.length : lt;
          value = text.slice(this.pos + 1, stop);
          this.pos = stop;
        } else {
          value = text.slice(this.pos + 1, close);
          this.pos = close + 1;
        }
      } else {
        const m = /[^\s>]*/y;
        m.lastIndex = this.pos;
        value = m.exec(text)?.[0] ?? '';
        if (value.endsWith('/') && text[this.pos + value.length] === '>')
          value = value.slice(0, -1);
        this.problem(
          `value of attribute ${attrName} of <${tag}> is not quoted (expected ${attrName}="${value}")`,
          at,
        );
        this.pos += value.length;
      }
      value = decodeEntities(value, (m, off) => this.problem(m, at + off));
    }
    if (seen.has(attrName)) {
      this.problem(`attribute ${attrName} appears twice in <${tag}>; the first value is kept`, at);
    } else {
      seen.add(attrName);
      into.push({ name: attrName, value, offset: at });
    }
  }
}

/** Index of the first character XML 1.0 forbids (C0 controls other than tab/LF/CR, U+FFFE/F). */
function firstForbiddenChar(raw: string): number {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff)
      return i;
  }
  return -1;
}
