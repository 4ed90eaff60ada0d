import type { ParsedSign } from '../result';
import type { SignSpec } from '../spec';
import { signManualSymbols } from './manual';

const INDENT = '  ';

/** Escapes text for a double-quoted XML attribute value. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"\t\n\r]/g, (ch) => {
    switch (ch) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      default:
        return `&#${ch.charCodeAt(0)};`;
    }
  });
}

function isParsed(s: SignSpec | ParsedSign): s is ParsedSign {
  return 'spec' in s;
}

/**
 * Writes signs as an HNS-SiGML document. The manual symbols are generated from each spec, so
 * parseSigml(serializeSigml(specs)) gives the same specs back. ParsedSign attributes other
 * than gloss (speed, duration, …) are kept.
 */
export function serializeSigml(signs: readonly (SignSpec | ParsedSign)[]): string {
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', '<sigml>'];
  for (const item of signs) {
    const spec = isParsed(item) ? item.spec : item;
    const extra = isParsed(item) ? Object.entries(item.attributes) : [];
    const attrs = [['gloss', spec.gloss], ...extra]
      .map(([k, v]) => ` ${k}="${escapeAttribute(v ?? '')}"`)
      .join('');
    lines.push(`${INDENT}<hns_sign${attrs}>`);
    if (spec.nonManual.length > 0) {
      lines.push(`${INDENT.repeat(2)}<hamnosys_nonmanual>`);
      for (const f of spec.nonManual) {
        const attr =
          f.element === 'hnm_mouthpicture'
            ? `picture="${escapeAttribute(f.picture)}"`
            : `tag="${escapeAttribute(f.tag)}"`;
        lines.push(`${INDENT.repeat(3)}<${f.element} ${attr}/>`);
      }
      lines.push(`${INDENT.repeat(2)}</hamnosys_nonmanual>`);
    }
    const symbols = signManualSymbols(spec);
    if (symbols.length > 0) {
      lines.push(`${INDENT.repeat(2)}<hamnosys_manual>`);
      for (const s of symbols) lines.push(`${INDENT.repeat(3)}<${s}/>`);
      lines.push(`${INDENT.repeat(2)}</hamnosys_manual>`);
    }
    lines.push(`${INDENT}</hns_sign>`);
  }
  lines.push('</sigml>', '');
  return lines.join('\n');
}
