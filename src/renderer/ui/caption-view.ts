/**
 * The live caption of the signer's signing (sign → text). A partial caption is provisional (dimmed,
 * italic, with "…") and is replaced in place by its final one; finals with low confidence carry
 * the "unsure" mark. Finals reach the transcript through main, not from here. Until a sign → text
 * pack is installed (and no caption has arrived) the view says why there are no captions.
 */
import type { SignBridgeApi } from '../../shared/ipc/api';
import type { SltCaption } from '../../shared/ipc/channels/slt';
import { percent } from '../../shared/transcript/confidence';
import { h } from './dom';
import { unsureMark } from './unsure-mark';

/** Finals kept on screen; older ones are in the transcript. */
const MAX_CAPTION_LINES = 3;

export interface CaptionView {
  readonly element: HTMLElement;
  /** Whether a verified pack with the `slt` capability is installed. */
  setSltInstalled(installed: boolean): void;
  /** Renders one caption event (what `slt.caption` delivers). */
  show(caption: SltCaption): void;
  /** Removes every caption (a new conversation). */
  clear(): void;
}

function partialLine(c: SltCaption): HTMLElement {
  return h(
    'li',
    { class: 'caption partial', 'data-utterance': c.utteranceId },
    h('span', { class: 'caption-text' }, c.text),
    h('span', { class: 'ellipsis', 'aria-hidden': 'true' }, '…'),
    h('span', { class: 'visually-hidden' }, ' (still signing)'),
  );
}

function finalLine(c: SltCaption): HTMLElement {
  const mark = unsureMark(c.confidence);
  return h(
    'li',
    {
      class: `caption final${mark ? ' low-confidence' : ''}`,
      'data-utterance': c.utteranceId,
      'data-confidence': c.confidence.toFixed(2),
    },
    h('span', { class: 'caption-text' }, c.text),
    c.interrupted === true ? h('span', { class: 'cut-off' }, ' (cut off)') : null,
    mark ? ' ' : null,
    mark,
    h('span', { class: 'visually-hidden' }, ` (confidence ${percent(c.confidence)})`),
    c.glosses.length > 0
      ? h('span', { class: 'caption-glosses', lang: 'ase' }, c.glosses.join(' '))
      : null,
  );
}

export function captionView(api: SignBridgeApi): CaptionView {
  const unavailable = h(
    'p',
    { class: 'caption-unavailable' },
    'Captions of signing are not available on this computer yet. You can still reply in writing below.',
  );
  const waiting = h(
    'p',
    { class: 'caption-waiting', hidden: true },
    'Captions of the signing appear here.',
  );
  const lines = h('ol', {
    class: 'caption-lines',
    'aria-live': 'polite',
    'aria-label': 'Live captions from signing',
  });
  let installed = false;
  let received = false;

  const update = () => {
    unavailable.hidden = installed || received;
    waiting.hidden = !installed || received;
  };

  const show = (c: SltCaption) => {
    received = true;
    update();
    const partial = lines.querySelector<HTMLElement>('.caption.partial');
    if (c.kind === 'partial') {
      // One provisional line at a time: a newer utterance's partial replaces a stale one too.
      if (partial) partial.replaceWith(partialLine(c));
      else lines.append(partialLine(c));
    } else if (partial?.dataset.utterance === c.utteranceId) {
      partial.replaceWith(finalLine(c));
    } else {
      // A final for an earlier utterance goes above the partial that is still being signed.
      lines.insertBefore(finalLine(c), partial);
    }
    const finals = lines.querySelectorAll('.caption.final');
    for (let i = 0; i < finals.length - MAX_CAPTION_LINES; i++) finals[i]?.remove();
  };
  api.on('slt.caption', show);
  update();

  return {
    element: h(
      'div',
      { class: 'captions', role: 'region', 'aria-label': 'Sign to text captions' },
      unavailable,
      waiting,
      lines,
    ),
    setSltInstalled(value) {
      installed = value;
      update();
    },
    show,
    clear() {
      lines.replaceChildren();
      received = false;
      update();
    },
  };
}
