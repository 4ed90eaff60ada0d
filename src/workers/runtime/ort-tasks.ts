/**
 * Generic model tasks every inference worker offers: open a session (with device fallback and
 * warm-up), run it, close it. Engines build on these; tests and `bench -- worker` use them on
 * tiny models.
 */
import type { DevicePreference } from '../../shared/settings/schema';
import { OrtSession } from '../ort/backend';
import type { IoSpec } from '../ort/backend';
import type { TensorLike } from '../ort/tensor';
import type { TaskReturn } from '../protocol';
import { fail } from './serve';
import { invalidValueMessage } from '../../shared/errors/invalid';

export interface OrtOpenReq {
  readonly key: string;
  /** A file path, or the model bytes. */
  readonly model: string | Uint8Array;
  readonly device: DevicePreference;
  readonly threads?: number;
}
export interface OrtOpenRes {
  readonly key: string;
  readonly providers: readonly string[];
  readonly fallbackReason: string;
  readonly warmupMs: number;
  readonly inputs: IoSpec[];
  readonly outputs: IoSpec[];
}

export type OrtTasks = {
  'ort.open': { req: OrtOpenReq; res: OrtOpenRes };
  'ort.run': {
    req: { key: string; feeds: Record<string, TensorLike> };
    res: Record<string, TensorLike>;
  };
  'ort.close': { req: { key: string }; res: { closed: boolean } };
};

const sessions = new Map<string, OrtSession>();

export function getSession(key: string): OrtSession {
  const s = sessions.get(key);
  if (s === undefined) {
    fail(
      'not-found',
      `${invalidValueMessage('model session', key, sessions.keys(), 'is not open')}: open it first`,
    );
  }
  return s;
}

export const ortTasks = {
  async 'ort.open'(req: OrtOpenReq): Promise<TaskReturn<OrtOpenRes>> {
    const prev = sessions.get(req.key);
    const s = await OrtSession.open(req.model, {
      device: req.device,
      threads: req.threads ?? 0,
    }).catch((e: unknown) =>
      fail(
        'bad-input',
        `cannot open model "${req.key}": ${e instanceof Error ? e.message : String(e)}`,
      ),
    );
    sessions.set(req.key, s);
    await prev?.dispose();
    return {
      value: {
        key: req.key,
        providers: s.providers,
        fallbackReason: s.fallbackReason,
        warmupMs: s.warmupMs,
        inputs: s.inputs,
        outputs: s.outputs,
      },
    };
  },
  async 'ort.run'(req: {
    key: string;
    feeds: Record<string, TensorLike>;
  }): Promise<TaskReturn<Record<string, TensorLike>>> {
    const out = await getSession(req.key).run(req.feeds);
    const transfer = Object.values(out).map((t) => t.data.buffer as ArrayBuffer);
    return { value: out, transfer };
  },
  async 'ort.close'(req: { key: string }): Promise<TaskReturn<{ closed: boolean }>> {
    const s = sessions.get(req.key);
    sessions.delete(req.key);
    await s?.dispose();
    return { value: { closed: s !== undefined } };
  },
};
