/**
 * Transcript retention: which earlier conversations are deleted from the transcripts folder. A
 * conversation is its session file plus the torn tails moved out of it (`<id>.jsonl.torn`, ...),
 * deleted together so no piece of it outlives the policy; its age is that of its newest file, so
 * a conversation written to yesterday is a day old however long ago it began. Anything the
 * folder holds that is not ours is left alone; an entry that cannot be read or deleted is skipped
 * with a log line, never a crash, so a bad file cannot keep the app from starting.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TranscriptRetention } from '../../shared/settings/schema';
import type { Logger } from '../../node/logger';

/** How long '30-days' keeps a conversation, ms. */
export const RETENTION_30_DAYS_MS = 30 * 24 * 60 * 60 * 1000;

/** `<session id>.jsonl`, optionally `.torn` or `.torn.N` (torn-tail.ts). */
const SESSION_FILE =
  /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(?:-\d+)?)\.jsonl(?:\.torn(?:\.\d+)?)?$/;

/** The age beyond which a conversation is deleted, ms; undefined keeps everything. */
export function maxAgeMs(policy: TranscriptRetention): number | undefined {
  switch (policy) {
    case 'none':
      return 0;
    case '30-days':
      return RETENTION_30_DAYS_MS;
    case 'all':
      return undefined;
  }
}

export interface PruneResult {
  /** Session ids whose files were all deleted. */
  readonly deleted: string[];
  /** Files that were skipped (unreadable, not a regular file, or not deletable). */
  readonly skipped: string[];
}

interface Conversation {
  files: string[];
  newestMs: number;
}

/**
 * Deletes the conversations in `dir` that `policy` no longer keeps, except `current` (the one in
 * progress). `now` is the clock in ms since the epoch.
 */
export function pruneTranscripts(
  dir: string,
  policy: TranscriptRetention,
  opts: { readonly current: string; readonly now: number; readonly logger: Logger },
): PruneResult {
  const limit = maxAgeMs(policy);
  const result: PruneResult = { deleted: [], skipped: [] };
  if (limit === undefined) return result;
  const skip = (file: string, why: string) => {
    result.skipped.push(file);
    opts.logger.log('warn', `transcript retention (${policy}): skipping ${file}: ${why}`);
  };

  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch (e) {
    skip(dir, `the folder cannot be read (${message(e)})`);
    return result;
  }
  const conversations = new Map<string, Conversation>();
  const unreadable = new Set<string>();
  for (const name of names) {
    const id = SESSION_FILE.exec(name)?.[1];
    if (id === undefined || id === opts.current) continue;
    const file = path.join(dir, name);
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(file);
    } catch (e) {
      skip(file, `it cannot be read (${message(e)})`);
      unreadable.add(id);
      continue;
    }
    if (!stat.isFile()) {
      skip(file, 'not a regular file (expected a session .jsonl file)');
      unreadable.add(id);
      continue;
    }
    const c = conversations.get(id) ?? { files: [], newestMs: Number.NEGATIVE_INFINITY };
    c.files.push(file);
    c.newestMs = Math.max(c.newestMs, stat.mtimeMs);
    conversations.set(id, c);
  }

  for (const [id, c] of [...conversations].sort(([a], [b]) => a.localeCompare(b))) {
    // 'none' deletes even a file stamped in the future (a clock set back).
    const keep = limit > 0 && opts.now - c.newestMs <= limit;
    if (keep) continue;
    let all = !unreadable.has(id);
    for (const file of c.files) {
      try {
        fs.unlinkSync(file);
      } catch (e) {
        skip(file, `it could not be deleted (${message(e)})`);
        all = false;
      }
    }
    if (all) result.deleted.push(id);
  }
  if (result.deleted.length > 0)
    opts.logger.log(
      'info',
      `transcript retention (${policy}): deleted ${result.deleted.length} earlier conversation(s)`,
    );
  return result;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
