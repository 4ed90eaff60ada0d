/** A minimal XML tree: enough for SiGML, with positions for diagnostics. */

export interface XmlAttribute {
  readonly name: string;
  readonly value: string;
  readonly line: number;
  readonly column: number;
}

export interface XmlElement {
  readonly kind: 'element';
  readonly name: string;
  readonly attributes: readonly XmlAttribute[];
  readonly children: XmlNode[];
  /** Position of the `<` of the start tag (1-based). */
  readonly line: number;
  readonly column: number;
  readonly selfClosing: boolean;
  /** Position just after the end tag (or the self-closing start tag); the end of the document when unclosed. */
  endLine: number;
  endColumn: number;
}

/** Character data (text and CDATA), entities decoded. */
export interface XmlText {
  readonly kind: 'text';
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

export type XmlNode = XmlElement | XmlText;

/** A well-formedness problem; the tree is built anyway, as the problem's message says. */
export interface XmlProblem {
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

export interface XmlDocument {
  /** Top-level elements (one in a well-formed document). */
  readonly roots: readonly XmlElement[];
  readonly problems: readonly XmlProblem[];
}

export function attribute(element: XmlElement, name: string): string | undefined {
  for (const a of element.attributes) if (a.name === name) return a.value;
  return undefined;
}
