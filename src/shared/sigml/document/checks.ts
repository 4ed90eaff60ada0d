import type { XmlElement } from '../xml';
import type { Collector } from './collector';

/** Warns about attributes outside `allowed` (they are ignored). */
export function checkAttributes(
  element: XmlElement,
  allowed: readonly string[],
  diag: Collector,
): void {
  for (const a of element.attributes) {
    if (!allowed.includes(a.name)) {
      const valid = allowed.length > 0 ? `valid: ${allowed.join(', ')}` : 'it has none';
      diag.add(
        'warning',
        'unexpected-attribute',
        `<${element.name}> has no attribute ${a.name} (${valid}); ignored`,
        a,
        element.name,
      );
    }
  }
}

/** Warns about content inside an element that SiGML defines as empty. */
export function checkNoContent(element: XmlElement, diag: Collector): void {
  const content = element.children.find((n) => n.kind === 'element' || n.text.trim() !== '');
  if (content)
    diag.add(
      'warning',
      'unexpected-element',
      `<${element.name}> is empty in SiGML; its content is ignored`,
      content,
      element.name,
    );
}
