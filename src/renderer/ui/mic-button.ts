/**
 * Push-to-talk for the hearing person: press to record, press again to recognize. The words land
 * in the message box to be checked and sent, because offline recognition makes mistakes.
 */
import type { SignBridgeApi } from '../../shared/ipc/api';
import { floatToPcm16 } from '../../shared/audio/wav';
import type { Recording } from '../speech/recorder';
import { pcm16Base64, startRecording } from '../speech/recorder';
import { h } from './dom';
import { notify } from './notice';

export function micButton(api: SignBridgeApi, input: HTMLTextAreaElement): HTMLButtonElement {
  const button = h(
    'button',
    { type: 'button', 'aria-pressed': 'false', title: 'Speak instead of typing' },
    'Speak',
  );
  let recording: Recording | undefined;

  void api.invoke('speech.status', {}).then((r) => {
    const engine = r.ok ? r.value.asr.find((e) => e.available) : undefined;
    if (engine === undefined) {
      button.disabled = true;
      button.title = r.ok
        ? `Speech input unavailable: ${r.value.asr.map((e) => e.detail).join('; ')}`
        : 'Speech input unavailable';
    } else button.title = `Speak instead of typing (${engine.label})`;
  });

  const stop = async (rec: Recording) => {
    button.disabled = true;
    button.textContent = 'Recognizing…';
    try {
      const { samples, sampleRate } = await rec.stop();
      const r = await api.invoke('speech.recognize', {
        pcm16: pcm16Base64(floatToPcm16(samples)),
        sampleRate,
      });
      if (!r.ok) return notify(`Speech was not recognized: ${r.error.message}`, 'error');
      if (r.value.text === '')
        return notify('No words were recognized: try again closer to the microphone.');
      input.value = `${input.value.trim()} ${r.value.text}`.trim();
      input.focus();
      notify(
        `Recognized by ${r.value.engine} in ${(r.value.ms / 1000).toFixed(1)} s: check the text, then Send.`,
      );
    } finally {
      button.disabled = false;
      button.textContent = 'Speak';
    }
  };

  button.addEventListener('click', () => {
    const rec = recording;
    if (rec !== undefined) {
      recording = undefined;
      button.setAttribute('aria-pressed', 'false');
      void stop(rec);
      return;
    }
    startRecording().then(
      (r) => {
        recording = r;
        button.setAttribute('aria-pressed', 'true');
        button.textContent = 'Stop and recognize';
      },
      (e: unknown) =>
        notify(
          `The microphone could not start: ${e instanceof Error ? e.message : String(e)}`,
          'error',
        ),
    );
  });
  return button;
}
