/**
 * Speaks the signer's final captions for the hearing person, as the settings say: the system's
 * voices in the page (Electron uses the OS voices), or espeak-ng run by main (host mode).
 */
import type { SignBridgeApi } from '../../shared/ipc/api';
import type { Settings } from '../../shared/settings/schema';
import { notify } from '../ui/notice';

export function speakSignerCaptions(api: SignBridgeApi, settings: () => Settings): void {
  api.on('transcript.entry', (entry) => {
    if (entry.side !== 'signer') return;
    const mode = settings().speechOutput;
    if (mode === 'system') {
      if (!('speechSynthesis' in window) || speechSynthesis.getVoices().length === 0) {
        notify(
          'No system voice is available here: choose eSpeak NG in Settings → Speak signed captions.',
          'error',
        );
        return;
      }
      speechSynthesis.speak(new SpeechSynthesisUtterance(entry.text));
    } else if (mode === 'espeak') {
      void api.invoke('speech.speak', { text: entry.text }).then((r) => {
        if (!r.ok) notify(`Could not speak the caption: ${r.error.message}`, 'error');
      });
    }
  });
}
