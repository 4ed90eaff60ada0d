import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/node/logger';
import { EventBus } from '../../../src/main/services/events';
import { sltHandlers } from '../../../src/main/services/handlers/slt';
import { appendSignerCaption, publishCaption } from '../../../src/main/services/signer-captions';
import { SessionStore } from '../../../src/main/store/session-store';
import type { FinalCaption, SltCaption } from '../../../src/shared/ipc/channels/slt';

const dirs: string[] = [];
function store(): { dir: string; sessions: SessionStore } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-captions-'));
  dirs.push(dir);
  return { dir, sessions: new SessionStore(dir, silentLogger) };
}
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const T = 1_763_803_800_000;
const final: FinalCaption = {
  kind: 'final',
  utteranceId: 'u7',
  text: ' Where is the train? ',
  glosses: ['WHERE', 'TRAIN'],
  confidence: 0.35,
  t: T,
};

function fileLines(dir: string, sessionId: string): string[] {
  const file = path.join(dir, 'transcripts', `${sessionId}.jsonl`);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n') : [];
}

describe('appendSignerCaption', () => {
  it('writes the final as a signer entry with glosses, confidence and its start time', () => {
    const { dir, sessions } = store();
    const e = appendSignerCaption(sessions, { ...final, interrupted: true });
    expect(e).toMatchObject({
      side: 'signer',
      source: 'sign',
      text: 'Where is the train?',
      glosses: ['WHERE', 'TRAIN'],
      confidence: 0.35,
      t: T,
      interrupted: true,
    });
    // On disk, and read back by a fresh store (as after a restart).
    expect(fileLines(dir, sessions.sessionId)).toHaveLength(1);
    expect(new SessionStore(dir, silentLogger).list()).toEqual([e]);
  });

  it('refuses a partial and an invalid caption without writing anything', () => {
    const { dir, sessions } = store();
    const partial = { ...final, kind: 'partial' } as unknown as FinalCaption;
    expect(() => appendSignerCaption(sessions, partial)).toThrow(/only a final caption/);
    const bad = { ...final, confidence: 3 };
    expect(() => appendSignerCaption(sessions, bad)).toThrow(/invalid sign caption: confidence/);
    expect(fileLines(dir, sessions.sessionId)).toEqual([]);
  });
});

describe('publishCaption', () => {
  it('sends partials as they are and saves a final before it is sent', () => {
    const { dir, sessions } = store();
    const events = new EventBus(silentLogger);
    const seen: { channel: string; payload: unknown; linesOnDisk: number }[] = [];
    events.subscribe((channel, payload) =>
      seen.push({ channel, payload, linesOnDisk: fileLines(dir, sessions.sessionId).length }),
    );
    const partial: SltCaption = { ...final, kind: 'partial', text: 'Where', confidence: 0.2 };
    expect(publishCaption({ sessions, events }, partial)).toBeUndefined();
    const entry = publishCaption({ sessions, events }, final);
    expect(entry?.id).toBe('e1');
    expect(seen.map((s) => s.channel)).toEqual(['slt.caption', 'slt.caption']);
    expect(seen[0]).toMatchObject({ payload: { kind: 'partial' }, linesOnDisk: 0 });
    // The final event left only after its transcript line was on disk.
    expect(seen[1]).toMatchObject({
      payload: { kind: 'final', utteranceId: 'u7' },
      linesOnDisk: 1,
    });
    expect(sessions.list()).toHaveLength(1);
  });
});

describe('debug.sltCaption', () => {
  it('is refused unless the app runs with --debug-tasks', () => {
    const published: SltCaption[] = [];
    const publish = (c: SltCaption) => {
      published.push(c);
      return undefined;
    };
    expect(() => sltHandlers(false, publish)['debug.sltCaption'](final)).toThrow(
      /only when the app runs with --debug-tasks/,
    );
    expect(published).toEqual([]);
    expect(sltHandlers(true, publish)['debug.sltCaption'](final)).toEqual({});
    expect(published).toEqual([final]);
  });
});
