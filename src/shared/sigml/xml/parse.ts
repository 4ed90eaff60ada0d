import { LineIndex } from './positions';
import { tokenizeXml } from './tokenizer';
import type { XmlDocument, XmlElement, XmlNode, XmlProblem } from './types';

/**
 * Parses an XML document into a tree. Never throws: mismatched, stray or unclosed tags are
 * repaired (as each problem's message says) so that the caller can still read what is there.
 */
export function parseXml(text: string): XmlDocument {
  const lines = new LineIndex(text);
  const { tokens, problems: raw } = tokenizeXml(text);
  const problems: XmlProblem[] = raw.map((p) => ({
    message: p.message,
    ...lines.position(p.offset),
  }));
  const problem = (message: string, offset: number): void => {
    problems.push({ message, ...lines.position(offset) });
  };
  const roots: XmlElement[] = [];
  const stack = new OpenStack();
  const append = (node: XmlNode): void => {
    const parent = stack.top();
    if (parent) parent.children.push(node);
  };

  for (const token of tokens) {
    if (token.type === 'start') {
      const element: XmlElement = {
        kind: 'element',
        name: token.name,
        attributes: token.attributes.map((a) => ({
          name: a.name,
          value: a.value,
          ...lines.position(a.offset),
        })),
        children: [],
        selfClosing: token.selfClosing,
        ...lines.position(token.offset),
        endLine: 0,
        endColumn: 0,
      };
      if (token.selfClosing) setEnd(element, lines.position(token.end));
      if (stack.size === 0) {
        if (roots.length > 0)
          problem(
            `a second top-level element <${token.name}> (XML has one root); read anyway`,
            token.offset,
          );
        roots.push(element);
      } else append(element);
      if (!token.selfClosing) stack.push(element);
    } else if (token.type === 'end') {
      const open = stack.find(token.name);
      if (open === -1) {
        problem(`end tag </${token.name}> has no matching start tag; ignored`, token.offset);
        continue;
      }
      while (stack.size > open + 1) {
        const unclosed = stack.pop();
        if (!unclosed) break;
        setEnd(unclosed, lines.position(token.offset));
        problem(
          `<${unclosed.name}> (line ${unclosed.line}) is not closed before </${token.name}>; closed there`,
          token.offset,
        );
      }
      const closed = stack.pop();
      if (closed) setEnd(closed, lines.position(token.end));
    } else if (token.type === 'text') {
      if (stack.size === 0) {
        if (token.text.trim() !== '')
          problem('text outside the root element; ignored', token.offset);
      } else append({ kind: 'text', text: token.text, ...lines.position(token.offset) });
    }
  }
  for (let e = stack.pop(); e; e = stack.pop()) {
    setEnd(e, lines.position(text.length));
    problem(
      `<${e.name}> (line ${e.line}) is not closed before the end of the document`,
      text.length,
    );
  }
  if (roots.length === 0) problem('the document has no element', 0);
  return { roots, problems };
}

function setEnd(element: XmlElement, at: { line: number; column: number }): void {
  element.endLine = at.line;
  element.endColumn = at.column;
}

/**
 * The open elements, innermost last, with a count per name: an end tag whose name is not open is
 * answered without a scan. Scanning the stack for it made a document of many open elements and
 * many stray end tags quadratic (20,000 of each: 2.2 s); a scan now only runs for a name that is
 * open, and it stops at that element, whose inner elements are then popped.
 */
class OpenStack {
  private readonly items: XmlElement[] = [];
  private readonly open = new Map<string, number>();

  get size(): number {
    return this.items.length;
  }

  top(): XmlElement | undefined {
    return this.items[this.items.length - 1];
  }

  push(e: XmlElement): void {
    this.items.push(e);
    this.open.set(e.name, (this.open.get(e.name) ?? 0) + 1);
  }

  pop(): XmlElement | undefined {
    const e = this.items.pop();
    if (e) this.open.set(e.name, (this.open.get(e.name) ?? 1) - 1);
    return e;
  }

  /** Index of the innermost open element with this name, or -1. */
  find(name: string): number {
    if (!this.open.get(name)) return -1;
    for (let i = this.items.length - 1; i >= 0; i--) if (this.items[i]?.name === name) return i;
    return -1;
  }
}
