/**
 * `bench -- recovery`: the crash drill. (1) An SLT worker is killed while a call is in flight:
 * how long until the caller holds a typed `worker-crashed` error, and until the next call
 * succeeds on the restarted worker. (2) The built host process is killed with SIGKILL while a
 * client keeps appending to the transcript: every append the host acknowledged must be on disk,
 * in order, when a new host starts on the same data folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { workerScript } from '../../node/paths';
import { silentLogger } from '../../node/logger';
import { WorkerPool } from '../../main/pool/worker-pool';
import { SessionStore } from '../../main/store/session-store';
import { DEBUG_TASKS_ENV } from '../../workers/protocol';
import type { SltTasks } from '../../workers/slt/tasks';
import type { BenchResult } from './stats';
import { summarize } from './stats';
import { spawnHost, WsClient } from '../host-client';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function benchRecovery(iterations: number): Promise<BenchResult> {
  // A restart spawns a worker and loads onnxruntime (~0.3 s): cap the trials to keep this short.
  const trials = Math.min(iterations, 20);
  return {
    name: 'recovery',
    metrics: { ...(await workerDrill(trials)), ...(await hostDrill()) },
  };
}

async function workerDrill(trials: number): Promise<Record<string, number>> {
  const pool = new WorkerPool<SltTasks>({
    name: 'slt',
    script: workerScript('slt'),
    logger: silentLogger,
    env: { [DEBUG_TASKS_ENV]: '1' },
    // The drill crashes the worker on purpose more often than the app's crash-loop guard allows.
    maxRestartsPerMinute: trials + 1,
  });
  const toError: number[] = [];
  const toNextOk: number[] = [];
  try {
    await pool.ready();
    for (let t = 0; t < trials; t++) {
      const inFlight = pool.call('debug.sleep', { ms: 10_000 });
      await sleep(20);
      const killedAt = performance.now();
      await pool.kill(0);
      const r = await inFlight;
      toError.push(performance.now() - killedAt);
      if (r.ok || r.error.kind !== 'worker-crashed')
        throw new Error(
          `a killed worker's caller got ${JSON.stringify(r)}, expected a worker-crashed error`,
        );
      const next = await pool.call('echo', { frame: new Float32Array(4) });
      if (!next.ok) throw new Error(`the call after a restart failed: ${next.error.message}`);
      toNextOk.push(performance.now() - killedAt);
    }
  } finally {
    await pool.close();
  }
  return { ...summarize('crash_to_error', toError), ...summarize('crash_to_next_ok', toNextOk) };
}

async function hostDrill(): Promise<Record<string, number>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'signbridge-recovery-'));
  try {
    const first = await spawnHost(dataDir);
    const client = await WsClient.open(first.port, first.token);
    const acked: string[] = [];
    let stop = false;
    const writing = (async () => {
      for (let k = 0; !stop; k++) {
        const text = `entry ${k}`;
        const side = k % 2 ? 'signer' : 'speaker';
        const r = await client.invoke('transcript.append', { side, text });
        if (!r.ok) break;
        acked.push(text);
      }
    })();
    // Let the writes run for a while, then kill without warning in the middle of them.
    await sleep(500);
    first.child.kill('SIGKILL');
    stop = true;
    await writing;
    await first.exited;

    // Every start is a fresh conversation (issue 14), so the killed one is read from its file
    // the way the store reads it, before a second host starts; that host must start empty.
    const killed = new SessionStore(dataDir, silentLogger);
    const onDisk = killed.list().map((e) => e.text);
    killed.close();
    const second = await spawnHost(dataDir);
    const secondClient = await WsClient.open(second.port, second.token);
    const list = await secondClient.invoke('transcript.list', {});
    secondClient.close();
    second.child.kill('SIGTERM');
    await second.exited;
    if (!list.ok)
      throw new Error(`transcript.list after restart failed: ${list.error?.message ?? '?'}`);
    const fresh = (list.value as { entries: unknown[] }).entries.length;
    if (fresh !== 0)
      throw new Error(`the restarted host shows ${fresh} entries: expected a fresh conversation`);
    const kept = new Set(onDisk);
    const lost = acked.filter((t) => !kept.has(t)).length;
    const inOrder = acked.every((t, i) => onDisk[i] === t);
    return {
      host_acknowledged_before_kill: acked.length,
      host_entries_after_restart: onDisk.length,
      host_acknowledged_lost: lost,
      host_order_kept: inOrder ? 1 : 0,
    };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
