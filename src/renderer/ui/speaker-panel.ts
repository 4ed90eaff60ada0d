/**
 * The hearing person's side: a text box (or push-to-talk) whose messages the avatar signs and the
 * transcript keeps, with the glosses. If signing fails the message is still saved, and the user
 * is told why.
 */
import type { SignBridgeApi } from '../../shared/ipc/api';
import type { Settings } from '../../shared/settings/schema';
import { MAX_ENTRY_TEXT } from '../../shared/transcript/entry';
import { AvatarPlayer } from '../player/avatar-player';
import { h } from './dom';
import { micButton } from './mic-button';
import { notify } from './notice';

export interface SpeakerPanel {
  readonly element: HTMLElement;
  applySettings(s: Settings): void;
  /** Clears the signs shown and the draft message (a new conversation). */
  clear(): void;
}

export function speakerPanel(api: SignBridgeApi): SpeakerPanel {
  const player = new AvatarPlayer(api);
  const input = h('textarea', {
    id: 'message',
    name: 'message',
    rows: 3,
    maxlength: MAX_ENTRY_TEXT,
    placeholder: 'Type what you want to say…',
    'aria-describedby': 'message-hint',
  });
  const send = h('button', { type: 'submit', class: 'primary' }, 'Sign it');
  const form = h(
    'form',
    { class: 'compose', 'aria-label': 'Message to sign' },
    h('label', { for: 'message' }, 'Message'),
    input,
    h('p', { id: 'message-hint', class: 'hint' }, 'Enter signs it; Shift+Enter adds a new line.'),
    h('div', { class: 'toolbar' }, micButton(api, input), send),
  );

  const submit = async () => {
    const text = input.value.trim();
    if (text === '') return;
    send.disabled = true;
    try {
      const signed = await api.invoke('slp.say', { text });
      if (signed.ok) player.show(signed.value);
      else notify(`The avatar cannot sign this: ${signed.error.message}`, 'error');
      const glosses = signed.ok ? signed.value.t2g.signs.map((s) => s.gloss) : undefined;
      const saved = await api.invoke('transcript.append', {
        side: 'speaker',
        text,
        ...(glosses?.length ? { glosses } : {}),
      });
      if (!saved.ok) return notify(`Your message was not saved: ${saved.error.message}`, 'error');
      input.value = '';
    } finally {
      send.disabled = false;
      input.focus();
    }
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
  void player.loadAvatar();

  let avatarPath: string | undefined;
  return {
    element: h(
      'section',
      { class: 'panel speaker', 'aria-labelledby': 'speaker-title' },
      h('h2', { id: 'speaker-title' }, 'Speaker'),
      player.element,
      form,
    ),
    applySettings(s) {
      player.setSpeed(s.signingSpeed);
      if (avatarPath !== undefined && avatarPath !== s.avatarPath) void player.loadAvatar();
      avatarPath = s.avatarPath;
    },
    clear() {
      player.clear();
      input.value = '';
    },
  };
}
