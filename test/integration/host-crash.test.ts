import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnHost, WsClient } from '../../src/cli/host-client';
import { ROOT } from '../helpers/shared';

const built = fs.existsSync(path.join(ROOT, 'dist', 'renderer', 'index.html'));

describe.skipIf(!built)('host process killed with SIGKILL mid-session', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-kill9-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('loses no transcript entry that was acknowledged before the kill', async () => {
    const first = await spawnHost(dataDir);
    const c = await WsClient.open(first.port, first.token);
    const texts = Array.from({ length: 40 }, (_, i) => `utterance ${i + 1}`);
    for (const text of texts) {
      const r = await c.invoke('transcript.append', {
        side: i(text) % 2 ? 'signer' : 'speaker',
        text,
      });
      expect(r.ok).toBe(true);
    }
    // Keep writing while the kill lands: whatever was acknowledged must survive.
    let acked = texts.length;
    const writing = (async () => {
      for (let k = 0; k < 1000; k++) {
        const r = await c.invoke('transcript.append', { side: 'speaker', text: `late ${k}` });
        if (!r.ok) break;
        acked++;
      }
    })();
    await new Promise((r) => setTimeout(r, 30));
    first.child.kill('SIGKILL');
    await writing.catch(() => {});
    await first.exited;

    // A restart begins a new, empty conversation (issue 14); the killed one is kept on disk.
    const second = await spawnHost(dataDir);
    const c2 = await WsClient.open(second.port, second.token);
    const list = await c2.invoke('transcript.list', {});
    c2.close();
    second.child.kill('SIGTERM');
    await second.exited;
    expect((list.value as { entries: unknown[] }).entries).toEqual([]);
    const dir = path.join(dataDir, 'transcripts');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl'));
    expect(files).toHaveLength(1);
    const entries = fs
      .readFileSync(path.join(dir, files[0] ?? ''), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .flatMap((l) => {
        try {
          return [(JSON.parse(l) as { text: string }).text];
        } catch {
          return []; // the torn last line of the write the kill cut short
        }
      });
    expect(entries.slice(0, texts.length)).toEqual(texts);
    expect(entries.length).toBeGreaterThanOrEqual(acked);
  });
});

function i(text: string): number {
  return Number(text.split(' ')[1]);
}
