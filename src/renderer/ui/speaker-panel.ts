/**
 * The hearing person's side: a text box whose messages go into the transcript and to the signing
 * avatar. While no avatar engine is installed, the viewport says so instead of pretending.
 */
import type { SignBridgeApi } from '../../shared/ipc/api';
import { MAX_ENTRY_TEXT } from '../../shared/transcript/entry';
import { h } from './dom';
import { micButton } from './mic-button';
import { notify } from './notice';

export function speakerPanel(api: SignBridgeApi): HTMLElement {
  const viewport = h(
    'div',
    { class: 'avatar-viewport', role: 'img', 'aria-label': 'Signing avatar' },
    h(
      'p',
      { class: 'avatar-unavailable' },
      'The signing avatar is not available yet in this build. Your messages still reach the transcript.',
    ),
  );
  const input = h('textarea', {
    id: 'message',
    name: 'message',
    rows: 3,
    maxlength: MAX_ENTRY_TEXT,
    placeholder: 'Type what you want to say…',
    'aria-describedby': 'message-hint',
  });
  const send = h('button', { type: 'submit', class: 'primary' }, 'Send');
  const form = h(
    'form',
    { class: 'compose', 'aria-label': 'Message to sign' },
    h('label', { for: 'message' }, 'Message'),
    input,
    h('p', { id: 'message-hint', class: 'hint' }, 'Enter sends; Shift+Enter adds a new line.'),
    h('div', { class: 'toolbar' }, micButton(api, input), send),
  );

  const submit = async () => {
    const text = input.value.trim();
    if (text === '') return;
    send.disabled = true;
    const r = await api.invoke('transcript.append', { side: 'speaker', text });
    send.disabled = false;
    if (!r.ok) return notify(`Your message was not saved: ${r.error.message}`, 'error');
    input.value = '';
    input.focus();
  };
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void submit();
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && !ev.shiftKey && !ev.isComposing) {
      ev.preventDefault();
      void submit();
    }
  });

  return h(
    'section',
    { class: 'panel speaker', 'aria-labelledby': 'speaker-title' },
    h('h2', { id: 'speaker-title' }, 'Speaker'),
    viewport,
    form,
  );
}
