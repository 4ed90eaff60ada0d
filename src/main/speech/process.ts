import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { encodeWav } from '../../shared/audio/wav';

export interface ProcessResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a program without a shell (arguments are never interpreted), with a time limit. GPL tools
 * such as espeak-ng stay separate processes this way, not linked into the app.
 */
export function runProcess(
  cmd: string,
  args: readonly string[],
  timeoutMs: number,
  input?: string,
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${cmd} took longer than ${timeoutMs} ms and was stopped`));
    }, timeoutMs);
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(input ?? '');
  });
}

/**
 * Runs a recognizer program on the samples as a 16 kHz mono WAV in a temporary folder (removed
 * afterwards) and returns its text; a non-zero exit becomes an error with its last stderr line.
 */
export async function recognizeWithProgram(
  engine: string,
  bin: string,
  samples16k: Int16Array,
  args: (wav: string) => readonly string[],
  text: (stdout: string) => string,
  timeoutMs: number,
): Promise<{ text: string; engine: string; ms: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `signbridge-${engine}-`));
  const wav = path.join(dir, 'speech.wav');
  try {
    fs.writeFileSync(wav, encodeWav({ sampleRate: 16_000, channels: 1, samples: samples16k }));
    const started = performance.now();
    const r = await runProcess(bin, args(wav), timeoutMs);
    if (r.code !== 0)
      throw new Error(
        `${engine} exited with ${r.code}: ${r.stderr.trim().split('\n').at(-1) ?? ''}`,
      );
    return { text: text(r.stdout), engine, ms: performance.now() - started };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
