/**
 * The "unsure" mark on a low-confidence sign caption, in the live caption and the transcript
 * alike. It is focusable, and its reason shows on hover or focus and is its accessible
 * description, so keyboard and screen-reader users get the why, not only mouse users.
 */
import { unsureReason } from '../../shared/transcript/confidence';
import { h } from './dom';

let nextId = 0;

/** The mark and its reason, or null when the confidence is not low (or unknown). */
export function unsureMark(confidence: number | undefined): HTMLElement | null {
  const reason = unsureReason(confidence);
  if (reason === undefined) return null;
  const id = `unsure-reason-${++nextId}`;
  return h(
    'span',
    { class: 'unsure-wrap' },
    h('span', { class: 'unsure', tabindex: 0, 'aria-describedby': id }, 'unsure'),
    h('span', { id, class: 'unsure-reason', role: 'tooltip' }, reason),
  );
}
