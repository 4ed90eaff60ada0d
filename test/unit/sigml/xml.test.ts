import { describe, expect, it } from 'vitest';
import { parseXml, tokenizeXml, type XmlElement } from '../../../src/shared/sigml/xml';

const el = (node: unknown): XmlElement => node as XmlElement;

describe('XML tokenizer', () => {
  it('splits tags, text, comments, CDATA, processing instructions and doctype', () => {
    const { tokens, problems } = tokenizeXml(
      '<?xml version="1.0"?><!DOCTYPE sigml [<!ELEMENT a ANY>]><!-- c --><a>t<![CDATA[<b>]]></a>',
    );
    expect(problems).toEqual([]);
    expect(tokens.map((t) => t.type)).toEqual([
      'pi',
      'doctype',
      'comment',
      'start',
      'text',
      'text',
      'end',
    ]);
    expect(tokens[5]).toMatchObject({ type: 'text', text: '<b>', cdata: true });
  });

  it('reads attributes in both quote styles and self-closing tags', () => {
    const { tokens } = tokenizeXml(`<a x="1" y='two' z = "3"/>`);
    expect(tokens[0]).toMatchObject({
      type: 'start',
      name: 'a',
      selfClosing: true,
      attributes: [
        { name: 'x', value: '1' },
        { name: 'y', value: 'two' },
        { name: 'z', value: '3' },
      ],
    });
  });

  it('decodes predefined and numeric entities in text and attributes', () => {
    const doc = parseXml('<a t="&lt;&amp;&gt;&quot;&apos;&#65;&#x42;">&lt;x&gt; &#x263A;</a>');
    const a = el(doc.roots[0]);
    expect(a.attributes[0]?.value).toBe(`<&>"'AB`);
    expect(a.children[0]).toMatchObject({ kind: 'text', text: '<x> ☺' });
    expect(doc.problems).toEqual([]);
  });

  it('skips a byte order mark', () => {
    const doc = parseXml('\uFEFF<sigml/>');
    expect(doc.roots[0]?.name).toBe('sigml');
    expect(doc.problems).toEqual([]);
  });

  it('tracks 1-based line and column of elements and attributes', () => {
    const doc = parseXml('<a>\n  <b\n    c="1"/>\r\n\t<d/></a>');
    const [b, d] = el(doc.roots[0])
      .children.filter((n) => n.kind === 'element')
      .map(el);
    expect(b).toMatchObject({ line: 2, column: 3 });
    expect(b?.attributes[0]).toMatchObject({ line: 3, column: 5 });
    expect(d).toMatchObject({ line: 4, column: 2 });
  });

  it('records where elements end', () => {
    const doc = parseXml('<a>\n<b/>\n</a>');
    expect(el(doc.roots[0])).toMatchObject({ endLine: 3, endColumn: 5 });
  });
});

describe('XML recovery', () => {
  it('reports and repairs unclosed, mismatched and stray tags', () => {
    const doc = parseXml('<a><b></a></c><d>');
    const messages = doc.problems.map((p) => p.message).join('\n');
    expect(messages).toMatch(/<b> \(line 1\) is not closed before <\/a>/);
    expect(messages).toMatch(/<\/c> has no matching start tag/);
    expect(messages).toMatch(/<d> \(line 1\) is not closed before the end/);
    expect(doc.roots.map((r) => r.name)).toEqual(['a', 'd']);
  });

  it('reports unquoted and missing attribute values and duplicates', () => {
    const doc = parseXml('<a x=1 y z="1" z="2"/>');
    expect(doc.problems.map((p) => p.message)).toEqual([
      'value of attribute x of <a> is not quoted (expected x="1")',
      'attribute y of <a> has no value (expected y="…"); taken as ""',
      'attribute z appears twice in <a>; the first value is kept',
    ]);
    expect(el(doc.roots[0]).attributes.map((a) => [a.name, a.value])).toEqual([
      ['x', '1'],
      ['y', ''],
      ['z', '1'],
    ]);
  });

  it('reports unknown entities, stray "<", forbidden characters and unterminated constructs', () => {
    const doc = parseXml('<a>&nope; < \u0001<!-- open');
    const messages = doc.problems.map((p) => p.message).join('\n');
    expect(messages).toMatch(
      /entity reference "&nope; " is not valid; expected one of &lt;, &gt;, &amp;/,
    );
    expect(messages).toMatch(/"<" at this point does not start a tag/);
    expect(messages).toMatch(/character U\+0001 is not allowed/);
    expect(messages).toMatch(/unterminated comment/);
  });

  it('never throws on arbitrary input', () => {
    for (const text of [
      '',
      '<',
      '</',
      '<a',
      '<a b="',
      '<![CDATA[',
      '<?',
      '<!DOCTYPE [',
      '&#xFFFFFFFF;',
      '>>>',
    ]) {
      expect(() => parseXml(text)).not.toThrow();
    }
    expect(parseXml('').problems[0]?.message).toBe('the document has no element');
  });
});
