/** One place for messages to the user: a polite live region, so screen readers hear them too. */
import { h } from './dom';

let region: HTMLElement | undefined;

export function noticeRegion(): HTMLElement {
  region ??= h('div', { id: 'notice', class: 'notice', role: 'status', 'aria-live': 'polite' });
  return region;
}

export function notify(message: string, kind: 'info' | 'error' = 'info'): void {
  const r = noticeRegion();
  r.textContent = message;
  r.dataset.kind = kind;
  if (kind === 'error') console.error(message);
}
