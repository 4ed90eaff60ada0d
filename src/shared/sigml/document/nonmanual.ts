import { MOUTH_GESTURE_TAGS } from '../mouth-gestures';
import {
  NON_MANUAL_ELEMENTS,
  type NonManualElement,
  type NonManualFeature,
} from '../nonmanual-spec';
import { NON_MANUAL_TAGS } from '../nonmanual-tags';
import { attribute, type XmlElement } from '../xml';
import type { Collector } from './collector';
import { checkAttributes, checkNoContent } from './checks';
import { invalidValueMessage } from '../../errors/invalid';

/** Tag tables by element; hnm_extra takes free text and hnm_mouthpicture a SAMPA picture. */
const TAG_TABLES: Partial<Record<NonManualElement, Readonly<Record<string, string>>>> = {
  hnm_head: NON_MANUAL_TAGS.head,
  hnm_eyegaze: NON_MANUAL_TAGS.eyegaze,
  hnm_eyebrows: NON_MANUAL_TAGS.eyebrows,
  hnm_eyelids: NON_MANUAL_TAGS.eyelids,
  hnm_nose: NON_MANUAL_TAGS.nose,
  hnm_shoulder: NON_MANUAL_TAGS.shoulder,
  hnm_body: NON_MANUAL_TAGS.body,
  hnm_mouthgesture: MOUTH_GESTURE_TAGS,
};

function isNonManualElement(name: string): name is NonManualElement {
  return Object.prototype.hasOwnProperty.call(NON_MANUAL_ELEMENTS, name);
}

/** The features of <hamnosys_nonmanual>, in document order; problems go to `diag`. */
export function parseNonManual(container: XmlElement, diag: Collector): NonManualFeature[] {
  const features: NonManualFeature[] = [];
  checkAttributes(container, [], diag);
  for (const child of container.children) {
    if (child.kind === 'text') {
      if (child.text.trim() !== '')
        diag.add(
          'warning',
          'unexpected-text',
          `text "${child.text.trim().slice(0, 20)}" in <hamnosys_nonmanual> (only hnm_* elements belong there); ignored`,
          child,
        );
      continue;
    }
    const name = child.name;
    if (!isNonManualElement(name)) {
      diag.add(
        'error',
        'unexpected-element',
        invalidValueMessage(
          'element',
          name,
          Object.keys(NON_MANUAL_ELEMENTS),
          'is not a non-manual element',
        ),
        child,
        name,
      );
      continue;
    }
    checkNoContent(child, diag);
    const tier = NON_MANUAL_ELEMENTS[name];
    if (name === 'hnm_mouthpicture') {
      checkAttributes(child, ['picture'], diag);
      const picture = attribute(child, 'picture');
      if (picture === undefined)
        diag.add(
          'error',
          'missing-attribute',
          '<hnm_mouthpicture> has no picture="…" (the mouthed word in SAMPA)',
          child,
          name,
        );
      else
        features.push({
          element: name,
          tier: 'mouthing',
          picture,
          line: child.line,
          column: child.column,
        });
      continue;
    }
    checkAttributes(child, ['tag'], diag);
    const tag = attribute(child, 'tag');
    if (tag === undefined) {
      diag.add('error', 'missing-attribute', `<${name}> has no tag="…"`, child, name);
      continue;
    }
    const table = TAG_TABLES[name];
    const meaning = table?.[tag];
    if (table && meaning === undefined) {
      diag.add(
        'error',
        'unknown-tag',
        invalidValueMessage(`<${name}> tag`, tag, Object.keys(table), 'is unknown'),
        child,
        name,
      );
    }
    features.push({
      element: name,
      tier,
      tag,
      ...(meaning !== undefined && { meaning }),
      line: child.line,
      column: child.column,
    });
  }
  return features;
}
