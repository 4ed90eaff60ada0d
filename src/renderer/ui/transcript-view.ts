/**
 * The conversation transcript: both sides, timestamped, newest at the bottom. Entries come from
 * main (which wrote them to disk first), so what the user sees is what was saved. New turns
 * scroll into view unless the reader has scrolled up (follow-scroll.ts). "New conversation"
 * clears every window (main announces it); the ended conversation stays on disk as long as the
 * retention setting keeps it.
 */
import type { SignBridgeApi } from '../../shared/ipc/api';
import { percent } from '../../shared/transcript/confidence';
import type { EntrySource, TranscriptEntry } from '../../shared/transcript/entry';
import { EXPORT_FORMATS } from '../../shared/transcript/export';
import { clear, clock, h } from './dom';
import { FollowScroll } from './follow-scroll';
import { notify } from './notice';
import { unsureMark } from './unsure-mark';

const SIDE_LABEL = { signer: 'Signer', speaker: 'Speaker', system: 'System' } as const;
/** How an entry came about, shown after the side; entries from older files have no source. */
const SOURCE_LABEL: Record<EntrySource, string> = {
  typed: 'typed reply',
  'quick-reply': 'quick reply',
  sign: 'signed',
  speech: 'spoken',
};

/** Said as words: a screen reader spells ".srt" out letter by letter. */
const EXPORT_LABEL: Record<(typeof EXPORT_FORMATS)[number], string> = {
  txt: 'Save as text',
  srt: 'Save as SRT subtitles',
  vtt: 'Save as WebVTT subtitles',
};

function entryView(e: TranscriptEntry): HTMLElement {
  const conf =
    e.confidence !== undefined
      ? h('span', { class: 'confidence' }, ` ${percent(e.confidence)}`)
      : null;
  const source = e.source
    ? h('span', { class: 'source', 'data-source': e.source }, ` · ${SOURCE_LABEL[e.source]}`)
    : null;
  const mark = unsureMark(e.confidence);
  const glosses = e.glosses?.length
    ? h('div', { class: 'glosses', lang: 'ase' }, e.glosses.join(' '))
    : null;
  return h(
    'li',
    { class: `entry ${e.side}`, 'data-id': e.id },
    h(
      'div',
      { class: 'meta' },
      h('strong', {}, SIDE_LABEL[e.side]),
      source,
      ' ',
      h('time', { datetime: new Date(e.t).toISOString() }, clock(e.t)),
      conf,
      mark ? ' ' : null,
      mark,
      e.interrupted === true ? ' (cut off)' : null,
    ),
    h('p', { class: 'text' }, e.text),
    glosses,
  );
}

export interface TranscriptView {
  readonly element: HTMLElement;
  /** After a change of layout (caption size): stay at the newest turn if following it. */
  keepFollowing(): void;
}

export function transcriptView(api: SignBridgeApi): TranscriptView {
  const list = h('ol', {
    class: 'transcript-list',
    role: 'log',
    'aria-live': 'polite',
    'aria-label': 'Conversation transcript',
    tabindex: 0,
  });
  const empty = h('p', { class: 'empty' }, 'Nothing said yet. Type a message or start the camera.');
  const seen = new Set<string>();
  const follow = new FollowScroll(list);

  const add = (e: TranscriptEntry) => {
    if (seen.has(e.id)) return;
    seen.add(e.id);
    empty.hidden = true;
    list.append(entryView(e));
    follow.keep();
  };
  const reload = async () => {
    const r = await api.invoke('transcript.list', {});
    if (!r.ok) return notify(`Could not load the transcript: ${r.error.message}`, 'error');
    clear(list);
    seen.clear();
    empty.hidden = r.value.entries.length > 0;
    r.value.entries.forEach(add);
    follow.reset();
  };
  api.on('transcript.entry', add);
  api.on('transcript.session', () => void reload());

  const exportAs = async (format: (typeof EXPORT_FORMATS)[number]) => {
    const r = await api.invoke('transcript.export', { format });
    if (!r.ok) return notify(`Export failed: ${r.error.message}`, 'error');
    const url = URL.createObjectURL(new Blob([r.value.content], { type: r.value.mime }));
    const a = h('a', { href: url, download: r.value.filename });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    notify(`Saved ${r.value.filename}`);
  };
  const newSession = async () => {
    const r = await api.invoke('transcript.newSession', {});
    if (!r.ok) return notify(`Could not start a new conversation: ${r.error.message}`, 'error');
    // Every window (this one too) clears on main's transcript.session event.
    notify('New conversation started.');
  };

  void reload();
  const element = h(
    'section',
    { class: 'panel transcript', 'aria-labelledby': 'transcript-title' },
    h('h2', { id: 'transcript-title' }, 'Conversation'),
    empty,
    list,
    h(
      'div',
      { class: 'toolbar', role: 'toolbar', 'aria-label': 'Transcript actions' },
      ...EXPORT_FORMATS.map((f) =>
        h('button', { type: 'button', onclick: () => void exportAs(f) }, EXPORT_LABEL[f]),
      ),
      h('button', { type: 'button', onclick: () => void newSession() }, 'New conversation'),
    ),
  );
  return { element, keepFollowing: () => follow.keep() };
}
