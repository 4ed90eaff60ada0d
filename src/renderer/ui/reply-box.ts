/**
 * The signer's way to answer in writing: a short reply box (Enter sends, Shift+Enter adds a line)
 * and one-tap quick replies. A reply shows as sent only once main has written it to the
 * transcript; if saving fails the text stays in the box. "Say last reply aloud" speaks it for the
 * hearing person (replies are also spoken on their own when Settings → speech output is on).
 */
import type { SignBridgeApi } from '../../shared/ipc/api';
import type { Settings } from '../../shared/settings/schema';
import { MAX_REPLY_TEXT, QUICK_REPLIES, replyBudget } from '../../shared/transcript/reply';
import { speakText, voiceFor } from '../speech/speak-captions';
import { h } from './dom';
import { notify } from './notice';

type ReplySource = 'typed' | 'quick-reply';

export interface ReplyBox {
  readonly element: HTMLFormElement;
  /** Forgets the last reply and any draft (a new conversation). */
  clear(): void;
}

export function replyBox(api: SignBridgeApi, getSettings: () => Settings): ReplyBox {
  const input = h('textarea', {
    id: 'reply',
    name: 'reply',
    rows: 2,
    maxlength: MAX_REPLY_TEXT,
    placeholder: 'Type a reply…',
    'aria-describedby': 'reply-hint reply-counter',
  });
  const counter = h('span', { id: 'reply-counter', class: 'counter', 'aria-live': 'polite' });
  const status = h('span', { class: 'reply-status', 'aria-live': 'polite' });
  const send = h('button', { type: 'submit', class: 'primary' }, 'Send');
  const sayAloud = h(
    'button',
    { type: 'button', class: 'say-aloud', disabled: true },
    'Say last reply aloud',
  );
  const quick = QUICK_REPLIES.map((text) =>
    h(
      'button',
      { type: 'button', class: 'quick-reply', onclick: () => void submit(text, 'quick-reply') },
      text,
    ),
  );
  let lastReply: string | undefined;
  let busy = false;

  const setBusy = (b: boolean) => {
    busy = b;
    for (const el of [send, ...quick]) el.disabled = b;
    input.readOnly = b;
  };
  const updateCounter = () => {
    const { remaining, showCounter } = replyBudget(input.value.length);
    counter.hidden = !showCounter;
    counter.textContent = showCounter ? `${remaining} of ${MAX_REPLY_TEXT} characters left` : '';
    counter.classList.toggle('at-limit', remaining <= 0);
  };

  async function submit(raw: string, source: ReplySource): Promise<void> {
    const text = raw.trim();
    if (text === '' || busy) return;
    setBusy(true);
    status.textContent = 'Sending…';
    try {
      const saved = await api.invoke('transcript.append', { side: 'signer', source, text });
      if (!saved.ok) {
        status.textContent = '';
        notify(`Your reply was not saved: ${saved.error.message}`, 'error');
        return;
      }
      status.textContent = 'Sent';
      lastReply = text;
      sayAloud.disabled = false;
      if (source === 'typed') {
        input.value = '';
        updateCounter();
      }
    } finally {
      setBusy(false);
      if (source === 'typed') input.focus();
    }
  }

  const form = h(
    'form',
    { class: 'compose reply', 'aria-label': 'Reply to the speaker' },
    h('label', { for: 'reply' }, 'Your reply'),
    input,
    h('p', { id: 'reply-hint', class: 'hint' }, 'Enter sends; Shift+Enter adds a new line.'),
    h('div', { class: 'toolbar' }, counter, status, sayAloud, send),
    h('div', { class: 'quick-replies', role: 'group', 'aria-label': 'Quick replies' }, ...quick),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void submit(input.value, 'typed');
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && !ev.shiftKey && !ev.isComposing) {
      ev.preventDefault();
      void submit(input.value, 'typed');
    }
  });
  input.addEventListener('input', updateCounter);
  sayAloud.addEventListener('click', () => {
    if (lastReply !== undefined)
      void speakText(api, voiceFor(getSettings().speechOutput), lastReply);
  });
  updateCounter();
  return {
    element: form,
    clear() {
      input.value = '';
      status.textContent = '';
      lastReply = undefined;
      sayAloud.disabled = true;
      updateCounter();
    },
  };
}
