/**
 * The signs of the current utterance as a row of chips: the gloss, the word(s) it came from, and
 * how it was found (a sign, a synonym, the nearest sign, fingerspelled, or a learned model). The
 * chip being signed is highlighted and marked aria-current for screen readers.
 */
import type { SlpResult } from '../../shared/ipc/channels/slp';
import { h } from '../ui/dom';

const RESOLUTION_LABEL = {
  sign: 'in the lexicon',
  synonym: 'via a synonym',
  nearest: 'nearest sign',
  fingerspelled: 'fingerspelled',
  model: 'from the model',
} as const;

export class GlossStrip {
  readonly element = h('ol', { class: 'gloss-strip', 'aria-label': 'Signs in this message' });
  private chips: HTMLElement[] = [];
  /** Timeline index → chip index (unresolved glosses have chips but no timeline entry). */
  private timelineToChip: number[] = [];
  private current = -1;

  show(result: SlpResult): void {
    const unresolved = new Set(result.unresolved.map((u) => u.gloss));
    this.chips = result.t2g.signs.map((s) => {
      const missing = unresolved.has(s.gloss);
      const why = result.unresolved.find((u) => u.gloss === s.gloss)?.reason;
      return h(
        'li',
        {
          class: `gloss ${s.resolved}${missing ? ' unresolved' : ''}`,
          title: missing ? why : `“${s.from}” → ${s.gloss}: ${RESOLUTION_LABEL[s.resolved]}`,
        },
        h('span', { class: 'gloss-name', lang: 'ase' }, s.gloss),
        h('span', { class: 'gloss-from' }, s.from),
        h('span', { class: 'gloss-how' }, missing ? 'not signed' : RESOLUTION_LABEL[s.resolved]),
      );
    });
    this.timelineToChip = [];
    result.t2g.signs.forEach((s, i) => {
      if (!unresolved.has(s.gloss)) this.timelineToChip.push(i);
    });
    for (const span of result.t2g.nonManual) {
      for (let i = span.start; i < span.end; i++) this.chips[i]?.classList.add(`nm-${span.type}`);
    }
    this.element.replaceChildren(...this.chips);
    this.current = -1;
  }

  /** Removes every chip (a new conversation). */
  clear(): void {
    this.chips = [];
    this.timelineToChip = [];
    this.element.replaceChildren();
    this.current = -1;
  }

  /** Highlights the chip of timeline entry `index` (-1: none). Cheap when nothing changed. */
  highlight(index: number): void {
    if (index === this.current) return;
    const prev = this.chips[this.timelineToChip[this.current] ?? -1];
    prev?.classList.remove('current');
    prev?.removeAttribute('aria-current');
    const next = this.chips[this.timelineToChip[index] ?? -1];
    next?.classList.add('current');
    next?.setAttribute('aria-current', 'true');
    // The strip is one row that scrolls sideways (so the avatar keeps its size): keep the sign
    // being made in view without scrolling the page. The strip is positioned (styles.css), so a
    // chip's offsetLeft is measured from the strip's own edge.
    if (next !== undefined) {
      const left = next.offsetLeft;
      const right = left + next.offsetWidth;
      const { scrollLeft, clientWidth } = this.element;
      if (left < scrollLeft) this.element.scrollLeft = left;
      else if (right > scrollLeft + clientWidth) this.element.scrollLeft = right - clientWidth;
    }
    this.current = index;
  }
}
