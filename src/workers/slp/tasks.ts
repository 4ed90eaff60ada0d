import type { Manifest } from '../../shared/modelpack/manifest';
import type { DevicePreference } from '../../shared/settings/schema';
import type { Clip } from '../../shared/motion/clip/clip';
import type { T2gResult } from '../../shared/text/result';
import type { Unresolved } from '../../shared/lexicon/sign-lexicon';
import type { DebugTasks } from '../runtime/debug-tasks';
import type { OrtTasks } from '../runtime/ort-tasks';

export interface SlpConfig {
  readonly pack: { readonly dir: string; readonly manifest: Manifest };
  readonly embeddingsDir: string;
  readonly device: DevicePreference;
  /** The avatar whose body the signs are planned on; undefined = average adult proportions. */
  readonly avatarPath?: string;
  readonly fps: number;
  /** Load the text → gloss engine (default true; `slp --gloss` needs none). */
  readonly withT2g?: boolean;
}

export interface SlpConfigured {
  readonly packId: string;
  readonly signs: number;
  readonly alphabet: number;
  readonly t2g: string;
  readonly avatar: string;
  readonly warnings: string[];
  readonly loadMs: number;
}

export interface SignedUtterance {
  readonly t2g: T2gResult;
  readonly unresolved: Unresolved[];
  readonly clip?: Clip;
  /** Recorded signs that could not be used (each names its file); those glosses used SiGML. */
  readonly warnings?: string[];
  readonly timings: { t2gMs: number; synthMs: number };
}

/** The text → sign worker: pack lexicon, text → gloss engine and motion synthesis. */
export type SlpTasks = OrtTasks &
  DebugTasks & {
    'slp.configure': { req: SlpConfig; res: SlpConfigured };
    'slp.say': { req: { text: string }; res: SignedUtterance };
    'slp.glosses': {
      req: { glosses: string[]; nonManual?: T2gResult['nonManual'] };
      res: SignedUtterance;
    };
  };
