/**
 * Speaks the signer's words for the hearing person, as the settings say: the system's voices in
 * the page (Electron uses the OS voices), or espeak-ng run by main (host mode). Every signer entry
 * is spoken once it is saved: sign captions and the signer's typed or quick replies alike.
 */
import type { SignBridgeApi } from '../../shared/ipc/api';
import type { Settings } from '../../shared/settings/schema';
import { notify } from '../ui/notice';

export type Voice = Exclude<Settings['speechOutput'], 'off'>;

function hasSystemVoice(): boolean {
  return 'speechSynthesis' in window && speechSynthesis.getVoices().length > 0;
}

/** The voice for an explicit "say it aloud": the chosen one, else system voices if any, else espeak. */
export function voiceFor(setting: Settings['speechOutput']): Voice {
  if (setting !== 'off') return setting;
  return hasSystemVoice() ? 'system' : 'espeak';
}

/** Speaks `text` with `voice`; a missing voice or a failing engine is told to the user. */
export async function speakText(api: SignBridgeApi, voice: Voice, text: string): Promise<boolean> {
  if (voice === 'system') {
    if (!hasSystemVoice()) {
      notify(
        "No system voice is available here: choose eSpeak NG in Settings → Speak the signer's captions and replies.",
        'error',
      );
      return false;
    }
    speechSynthesis.speak(new SpeechSynthesisUtterance(text));
    return true;
  }
  const r = await api.invoke('speech.speak', { text });
  if (!r.ok) notify(`Could not speak the signer's words: ${r.error.message}`, 'error');
  return r.ok;
}

export function speakSignerCaptions(api: SignBridgeApi, settings: () => Settings): void {
  api.on('transcript.entry', (entry) => {
    if (entry.side !== 'signer') return;
    const mode = settings().speechOutput;
    if (mode !== 'off') void speakText(api, mode, entry.text);
  });
}
