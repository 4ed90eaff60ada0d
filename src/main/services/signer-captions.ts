/**
 * Where sign → text captions enter the conversation. The SLT service calls `publishCaption` for
 * every partial and final: partials go straight to the renderer; a final is first appended to
 * the transcript (fsynced by the session store), and only then sent, so what the signer sees as
 * said is already saved.
 */
import { KindedError } from '../../shared/ipc/result';
import { SltCaptionSchema } from '../../shared/ipc/channels/slt';
import type { FinalCaption, SltCaption } from '../../shared/ipc/channels/slt';
import type { TranscriptEntry } from '../../shared/transcript/entry';
import type { SessionStore } from '../store/session-store';
import type { EventBus } from './events';
import { formatIssues } from './router';

export interface CaptionSinks {
  readonly sessions: Pick<SessionStore, 'append'>;
  readonly events: Pick<EventBus, 'emit'>;
}

function parseCaption(caption: unknown): SltCaption {
  const parsed = SltCaptionSchema.safeParse(caption);
  if (!parsed.success)
    throw new KindedError(
      'invalid-request',
      `invalid sign caption: ${formatIssues(parsed.error.issues)}`,
    );
  return parsed.data;
}

/** Appends a final caption to the transcript as the signer's words, with glosses and confidence. */
export function appendSignerCaption(
  sessions: CaptionSinks['sessions'],
  final: FinalCaption,
): TranscriptEntry {
  const c = parseCaption(final);
  if (c.kind !== 'final')
    throw new KindedError(
      'invalid-request',
      `caption ${c.utteranceId} is "${c.kind}": only a final caption goes into the transcript`,
    );
  return sessions.append({
    side: 'signer',
    source: 'sign',
    text: c.text.trim(),
    t: c.t,
    confidence: c.confidence,
    ...(c.glosses.length > 0 ? { glosses: c.glosses } : {}),
    ...(c.interrupted === true ? { interrupted: true } : {}),
  });
}

/** Sends a caption to the renderer; a final is saved first. Returns the entry a final became. */
export function publishCaption(
  sinks: CaptionSinks,
  caption: SltCaption,
): TranscriptEntry | undefined {
  const c = parseCaption(caption);
  const entry =
    c.kind === 'final' ? appendSignerCaption(sinks.sessions, { ...c, kind: 'final' }) : undefined;
  sinks.events.emit('slt.caption', c);
  return entry;
}
