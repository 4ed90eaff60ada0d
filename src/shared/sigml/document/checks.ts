import type { XmlElement } from '../xml';
import type { Collector } from './collector';
import { invalidValueMessage } from '../../errors/invalid';

/** Warns about attributes outside `allowed` (they are ignored). */
export function checkAttributes(
  element: XmlElement,
  allowed: readonly string[],
  diag: Collector,
): void {
  for (const a of element.attributes) {
    if (!allowed.includes(a.name)) {
      diag.add(
        'warning',
        'unexpected-attribute',
        `${invalidValueMessage(`<${element.name}> attribute`, a.name, allowed, 'does not exist')}; ignored`,
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
