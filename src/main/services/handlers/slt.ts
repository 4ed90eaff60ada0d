import { KindedError } from '../../../shared/ipc/result';
import type { SltCaption } from '../../../shared/ipc/channels/slt';
import type { TranscriptEntry } from '../../../shared/transcript/entry';
import type { Handlers } from '../router';

/**
 * The test hook that publishes a caption as the SLT service would. Only with --debug-tasks (the
 * e2e host): otherwise any page could write words into the signer's side of the transcript.
 */
export function sltHandlers(
  debugTasks: boolean,
  publish: (c: SltCaption) => TranscriptEntry | undefined,
): Pick<Handlers, 'debug.sltCaption'> {
  return {
    'debug.sltCaption': (caption) => {
      if (!debugTasks)
        throw new KindedError(
          'forbidden',
          'debug.sltCaption is a test hook: it works only when the app runs with --debug-tasks',
        );
      const entry = publish(caption);
      return entry ? { entryId: entry.id } : {};
    },
  };
}
