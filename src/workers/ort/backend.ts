/**
 * THE onnxruntime-node module (docs/conventions.md #6): nothing else imports it. It maps the user's device
 * preference to execution providers, falls back to CPU with the reason kept, checks a session's
 * inputs and outputs, and warms every session up at load so the first real call is not slow.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as ort from 'onnxruntime-node';
import type { DevicePreference } from '../../shared/settings/schema';
import { DEVICES } from '../../shared/settings/schema';
import type { TensorLike, TensorType } from './tensor';
import { invalidValue, invalidValueMessage } from '../../shared/errors/invalid';

/** Where onnxruntime-node keeps its native libraries for this platform. */
function nativeDir(): string {
  const pkg = createRequire(import.meta.url).resolve('onnxruntime-node/package.json');
  return path.join(path.dirname(pkg), 'bin', 'napi-v6', process.platform, process.arch);
}

/**
 * The CUDA provider is not in the npm package: `npm run cuda:install` fetches it. Checking for it
 * first gives `auto` an actionable reason instead of a failed load on every start.
 */
function cudaInstalled(): boolean {
  const lib =
    process.platform === 'win32'
      ? 'onnxruntime_providers_cuda.dll'
      : 'libonnxruntime_providers_cuda.so';
  return fs.existsSync(path.join(nativeDir(), lib));
}

const CUDA_MISSING =
  'cuda: the CUDA provider is not installed (run `npm run cuda:install` on a machine with CUDA 12)';

/** Execution providers tried, in order, for each preference; CPU is always the last resort. */
function providersFor(
  device: DevicePreference,
  platform: NodeJS.Platform,
): { try: string[]; skipped: string[] } {
  switch (device) {
    case 'cuda':
      return { try: ['cuda'], skipped: [] };
    case 'dml':
      return platform === 'win32'
        ? { try: ['dml'], skipped: [] }
        : { try: [], skipped: [`dml: DirectML exists only on Windows (this is ${platform})`] };
    case 'cpu':
      return { try: [], skipped: [] };
    case 'auto':
      if (platform === 'win32') return { try: ['dml'], skipped: [] };
      if (platform === 'linux')
        return cudaInstalled()
          ? { try: ['cuda'], skipped: [] }
          : { try: [], skipped: [CUDA_MISSING] };
      return { try: [], skipped: [] };
  }
}

export interface SessionOptions {
  readonly device: DevicePreference;
  /** Intra-op threads; 0 lets onnxruntime decide. */
  readonly threads?: number;
  /** Runs one inference on zero inputs after load (default true). */
  readonly warmup?: boolean;
  /** Value for symbolic dimensions during warm-up (default 1). */
  readonly warmupDim?: number;
}

export interface IoSpec {
  readonly name: string;
  readonly type: string;
  readonly shape: readonly (number | string)[];
}

export class OrtSession {
  private constructor(
    private readonly session: ort.InferenceSession,
    /** Execution providers in use, e.g. ["cuda", "cpu"] or ["cpu"]. */
    readonly providers: readonly string[],
    /** Why a preferred provider was not used ("" when none fell back). */
    readonly fallbackReason: string,
    readonly warmupMs: number,
  ) {}

  static async open(model: string | Uint8Array, opts: SessionOptions): Promise<OrtSession> {
    if (!(DEVICES as readonly string[]).includes(opts.device)) {
      throw invalidValue('device', String(opts.device), DEVICES);
    }
    const base: ort.InferenceSession.SessionOptions = {
      graphOptimizationLevel: 'all',
      ...(opts.threads ? { intraOpNumThreads: opts.threads } : {}),
    };
    const preferred = providersFor(opts.device, process.platform);
    let session: ort.InferenceSession | undefined;
    let providers: string[] = ['cpu'];
    const reasons: string[] = [...preferred.skipped];
    for (const ep of preferred.try) {
      try {
        // The failure is reported through `reasons`; keep onnxruntime's own log quiet (4 = fatal).
        session = await create(model, {
          ...base,
          logSeverityLevel: 4,
          executionProviders: [ep, 'cpu'],
        });
        providers = [ep, 'cpu'];
        break;
      } catch (e) {
        reasons.push(`${ep}: ${firstLine(e)}`);
      }
    }
    session ??= await create(model, { ...base, executionProviders: ['cpu'] });
    const fallbackReason = reasons.length > 0 ? `fell back to cpu (${reasons.join('; ')})` : '';
    const s = new OrtSession(session, providers, fallbackReason, 0);
    const warmupMs = opts.warmup === false ? 0 : await s.warmUp(opts.warmupDim ?? 1);
    return new OrtSession(session, providers, fallbackReason, warmupMs);
  }

  get inputs(): IoSpec[] {
    return this.session.inputNames.map((name, i) => ioSpec(name, this.session.inputMetadata[i]));
  }
  get outputs(): IoSpec[] {
    return this.session.outputNames.map((name, i) => ioSpec(name, this.session.outputMetadata[i]));
  }

  async run(feeds: Record<string, TensorLike>): Promise<Record<string, TensorLike>> {
    const ortFeeds: Record<string, ort.Tensor> = {};
    for (const [name, t] of Object.entries(feeds))
      ortFeeds[name] = new ort.Tensor(t.type, t.data, t.dims);
    const out = await this.session.run(ortFeeds);
    const result: Record<string, TensorLike> = {};
    for (const [name, t] of Object.entries(out)) {
      result[name] = {
        type: t.type as TensorType,
        data: t.data as TensorLike['data'],
        dims: t.dims,
      };
    }
    return result;
  }

  async dispose(): Promise<void> {
    await this.session.release();
  }

  /** One call on zero-filled inputs, symbolic dims set to `dim`: pays allocation and JIT costs now. */
  private async warmUp(dim: number): Promise<number> {
    const started = performance.now();
    const feeds: Record<string, TensorLike> = {};
    for (const input of this.inputs) {
      const dims = input.shape.map((d) => (typeof d === 'number' && d > 0 ? d : dim));
      const n = dims.reduce((a, b) => a * b, 1);
      feeds[input.name] = zeros(input.type, n, dims);
    }
    await this.run(feeds);
    return performance.now() - started;
  }
}

async function create(model: string | Uint8Array, options: ort.InferenceSession.SessionOptions) {
  return typeof model === 'string'
    ? ort.InferenceSession.create(model, options)
    : ort.InferenceSession.create(model, options);
}

/** The input types warm-up can fill with zeros (the cases below). */
const WARM_UP_TYPES: readonly TensorType[] = ['float32', 'int64', 'int32', 'bool', 'uint8'];

function zeros(type: string, n: number, dims: number[]): TensorLike {
  switch (type) {
    case 'float32':
      return { type, data: new Float32Array(n), dims };
    case 'int64':
      return { type, data: new BigInt64Array(n), dims };
    case 'int32':
      return { type, data: new Int32Array(n), dims };
    case 'bool':
    case 'uint8':
      return { type, data: new Uint8Array(n), dims };
    default:
      throw new Error(
        invalidValueMessage('input type', type, WARM_UP_TYPES, 'cannot be warmed up'),
      );
  }
}

function ioSpec(name: string, meta: ort.InferenceSession.ValueMetadata | undefined): IoSpec {
  if (meta?.isTensor) return { name, type: meta.type, shape: meta.shape };
  return { name, type: 'unknown', shape: [] };
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0]?.trim() ?? '';
}

/** Providers this build of onnxruntime-node can load at all (for the settings screen). */
export function availableBackends(): string[] {
  return ort.listSupportedBackends().map((b) => `${b.name}${b.bundled ? '' : ' (not bundled)'}`);
}
