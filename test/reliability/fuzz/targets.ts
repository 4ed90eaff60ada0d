/**
 * The in-process fuzz targets: each makes input number n of a run (from fixed seeds, so any case
 * can be made again from its number) and feeds it to one reader. A clean typed error is a
 * rejection; any other exception is a crash, and so is a broken invariant (a reader that never
 * throws by contract, a store that does not read back what it wrote).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseSigml } from '../../../src/shared/sigml';
import {
  PoseFormatError,
  decodePose,
  encodePose,
  holisticComponents,
  summarizePose,
} from '../../../src/shared/pose-format';
import type { Pose, PoseComponent } from '../../../src/shared/pose-format';
import { verifyPackDir } from '../../../src/node/packs/verify';
import { SettingsStore } from '../../../src/main/settings/settings-store';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings/schema';
import { affineModel } from '../../../src/shared/onnx/builder';
import { silentLogger } from '../../../src/node/logger';
import { mulberry32 } from '../../helpers/prng';
import { int, jsonWords, mutateBytes, mutateJson, pick, randomJson } from './mutate';
import type { Rng } from './mutate';

export type Outcome = 'accepted' | 'rejected';

export interface FuzzTarget {
  readonly name: TargetName | 'canary';
  /** Input number `n` of the run seeded with `seed`. */
  input(seed: number, n: number): Uint8Array;
  /** Feeds one input; throws when that is a crash. */
  run(input: Uint8Array): Outcome;
  /** Removes what the target made on disk. */
  dispose?(): void;
}

export const TARGET_NAMES = ['sigml', 'pose', 'manifest', 'settings'] as const;
export type TargetName = (typeof TARGET_NAMES)[number];

/** The generator of case n: independent of every other case, so it can be replayed alone. */
export function caseRng(seed: number, n: number): Rng {
  return mulberry32((seed ^ Math.imul(n + 1, 0x9e3779b1)) >>> 0);
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const json = (v: unknown) => utf8(JSON.stringify(v, null, rngIndent(v)));
const rngIndent = (v: unknown) => (JSON.stringify(v).length % 2 === 0 ? 2 : undefined);

/** An error that says an invariant, not a reader, failed. */
class InvariantError extends Error {}

/** Cases of the canary target that must be caught: a throw, a hang, a dead thread. */
export const CANARY = { exception: 7, hang: 13, death: 21 } as const;

export function makeTarget(name: TargetName | 'canary', root: string): FuzzTarget {
  switch (name) {
    case 'canary':
      return canaryTarget();
    case 'sigml':
      return sigmlTarget(root);
    case 'pose':
      return poseTarget();
    case 'manifest':
      return manifestTarget(root);
    case 'settings':
      return settingsTarget();
  }
}

// --- SiGML: the project's own lexicon, one sign per seed, mutated as bytes and as markup ------

const SIGML_SNIPPETS = [
  '<',
  '</',
  '>',
  '/>',
  '&',
  '&amp;',
  '&#x0;',
  '&#1114112;',
  ']]>',
  '<![CDATA[',
  '<!--',
  '-->',
  '<?xml version="1.0"?>',
  '<!DOCTYPE sigml [<!ENTITY a "aaaaaaaaaa">]>',
  '&a;',
  '="',
  "='",
  '\u0000',
  '\ud83d\udc4b',
];

function sigmlTarget(root: string): FuzzTarget {
  const dir = path.join(root, 'models', 'ase', 'lexicon');
  const signs = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.sigml'))
    .sort()
    .flatMap(
      (f) =>
        fs.readFileSync(path.join(dir, f), 'utf8').match(/<hns_sign[\s\S]*?<\/hns_sign>/g) ?? [],
    );
  const seeds = signs.map((s) => utf8(`<sigml>\n${s}\n</sigml>\n`));
  const tags = [...new Set(signs.join('').match(/<\/?[a-z_0-9]+/g) ?? [])];
  return {
    name: 'sigml',
    input(seed, n) {
      const rng = caseRng(seed, n);
      const base = pick(rng, seeds);
      if (rng() < 0.5) return mutateBytes(rng, base, seeds);
      // Markup-aware: insert tags, entities and fragments where they do not belong.
      let text = new TextDecoder().decode(base);
      for (let k = int(rng, 1, 6); k > 0; k--) {
        const at = int(rng, 0, text.length);
        const piece =
          rng() < 0.5
            ? pick(rng, SIGML_SNIPPETS)
            : `${pick(rng, tags)}${rng() < 0.5 ? '>' : ' a="1"/>'}`;
        text =
          text.slice(0, at) + piece.repeat(rng() < 0.1 ? int(rng, 2, 500) : 1) + text.slice(at);
      }
      return utf8(text);
    },
    run(input) {
      // By contract the parser never throws: every problem is a diagnostic.
      const r = parseSigml(input);
      if (!Array.isArray(r.signs) || !Array.isArray(r.diagnostics))
        throw new InvariantError('parseSigml returned no signs or diagnostics array');
      return r.diagnostics.some((d) => d.severity === 'error') ? 'rejected' : 'accepted';
    },
  };
}

// --- .pose: small valid files written by the encoder, then mutated as bytes ---------------

function randomPose(rng: Rng): Pose {
  const components: PoseComponent[] =
    rng() < 0.3
      ? holisticComponents().slice(0, int(rng, 1, 4))
      : Array.from({ length: int(rng, 1, 3) }, (_, c) => {
          const points = Array.from({ length: int(rng, 0, 6) }, (_, p) => `P${c}_${p}`);
          return {
            name: pick(rng, ['POSE', 'HAND', `C${c}`, '', 'ü']),
            format: pick(rng, ['XYC', 'XYZC', 'C']),
            points,
            limbs: Array.from({ length: points.length === 0 ? 0 : int(rng, 0, 3) }, () => [
              int(rng, 0, points.length - 1),
              int(rng, 0, points.length - 1),
            ]),
            colors: Array.from({ length: int(rng, 0, 3) }, () => [
              int(rng, 0, 255),
              int(rng, 0, 255),
              int(rng, 0, 255),
            ]),
          } as PoseComponent;
        });
  const header = { version: pick(rng, [0.1, 0.2]), width: 640, height: 480, depth: 0, components };
  const frames = int(rng, 0, 4);
  const people = int(rng, 0, 2);
  const points = components.reduce((s, c) => s + c.points.length, 0);
  const dims = Math.max(0, ...components.map((c) => c.format.length - 1));
  const data = Float32Array.from({ length: frames * people * points * dims }, () =>
    pick(rng, [rng() * 640, 0, NaN, -1]),
  );
  const confidence = Float32Array.from({ length: frames * people * points }, () => rng());
  return { header, body: { fps: pick(rng, [25, 30, 0, 1]), frames, people, data, confidence } };
}

function poseTarget(): FuzzTarget {
  const seeds = Array.from({ length: 16 }, (_, i) => encodePose(randomPose(mulberry32(i + 1))));
  return {
    name: 'pose',
    input(seed, n) {
      const rng = caseRng(seed, n);
      const base = rng() < 0.5 ? pick(rng, seeds) : encodePose(randomPose(rng));
      return rng() < 0.1 ? base : mutateBytes(rng, base, seeds);
    },
    run(input) {
      let pose: Pose;
      try {
        pose = decodePose(input);
      } catch (e) {
        if (e instanceof PoseFormatError) return 'rejected';
        throw e;
      }
      // What the app does next with a file it read: summarise it and write it back.
      summarizePose(pose);
      const again = decodePose(encodePose(pose, { version: 0.2 }));
      if (again.body.frames !== pose.body.frames)
        throw new InvariantError(
          `re-encoded ${pose.body.frames} frames read back as ${again.body.frames}`,
        );
      return 'accepted';
    },
  };
}

// --- pack manifests: the bundled ones and one whose files exist, mutated as JSON ------------

function manifestTarget(root: string): FuzzTarget {
  const pack = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-fuzz-pack-'));
  const model = affineModel(4, 2, 1);
  fs.writeFileSync(path.join(pack, 'model.onnx'), model);
  fs.writeFileSync(path.join(pack, 'lexicon.sigml'), '<sigml></sigml>');
  fs.mkdirSync(path.join(pack, 'sub'));
  const sha = (b: Uint8Array) => crypto.createHash('sha256').update(b).digest('hex');
  const own = {
    schema: 1,
    id: 'fuzz',
    name: 'Fuzz pack',
    signLanguage: 'ase',
    spokenLanguage: 'en-US',
    version: '1.0.0',
    license: 'CC0-1.0',
    attribution: 'test',
    commercialUse: true,
    loadByDefault: false,
    capabilities: ['slp'],
    files: [
      {
        path: 'model.onnx',
        role: 'test-model',
        sha256: sha(model),
        bytes: model.length,
        onnx: {
          inputs: [{ name: 'x', type: 'float32', shape: ['batch', 4] }],
          outputs: [{ name: 'y', type: 'float32', shape: ['batch', 4] }],
        },
      },
      { path: 'lexicon.sigml', role: 'lexicon', sha256: sha(utf8('<sigml></sigml>')) },
    ],
  };
  const bundled = ['ase', 'ase-slt']
    .map((id) => path.join(root, 'models', id, 'manifest.json'))
    .filter((f) => fs.existsSync(f))
    .map((f) => JSON.parse(fs.readFileSync(f, 'utf8')) as unknown);
  const seeds = [own, ...bundled];
  const words = [
    ...new Set([
      ...seeds.flatMap((s) => jsonWords(s)),
      'sub',
      'sub/',
      '.',
      './model.onnx',
      'model.onnx/',
    ]),
  ];
  const seedBytes = seeds.map(json);
  return {
    name: 'manifest',
    input(seed, n) {
      const rng = caseRng(seed, n);
      if (rng() < 0.25) return mutateBytes(rng, pick(rng, seedBytes), seedBytes);
      return json(mutateJson(rng, pick(rng, seeds), words));
    },
    run(input) {
      fs.writeFileSync(path.join(pack, 'manifest.json'), input);
      // By contract verification never throws: every problem is in the report.
      const { report } = verifyPackDir(pack);
      return report.ok ? 'accepted' : 'rejected';
    },
    dispose: () => fs.rmSync(pack, { recursive: true, force: true }),
  };
}

// --- settings.json: what a user, an older or newer version, or a crash may leave ------------

function settingsTarget(): FuzzTarget {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-fuzz-settings-'));
  const file = path.join(dir, 'settings.json');
  const seeds: unknown[] = [DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, futureKey: { a: [1] } }, {}];
  const words = [...jsonWords(DEFAULT_SETTINGS), ...Object.keys(DEFAULT_SETTINGS)];
  const seedBytes = seeds.map(json);
  return {
    name: 'settings',
    input(seed, n) {
      const rng = caseRng(seed, n);
      if (rng() < 0.25) return mutateBytes(rng, pick(rng, seedBytes), seedBytes);
      if (rng() < 0.1) return json(randomJson(rng, words));
      return json(mutateJson(rng, pick(rng, seeds), words));
    },
    run(input) {
      for (const f of fs.readdirSync(dir)) fs.rmSync(path.join(dir, f), { force: true });
      fs.writeFileSync(file, input);
      // Loading never throws: a bad file is kept aside, a bad value falls back alone.
      const first = new SettingsStore(dir, silentLogger);
      const loaded = first.get();
      // Saving writes the valid values and the unknown keys back; loading that gives the same.
      first.update({});
      const second = new SettingsStore(dir, silentLogger).get();
      if (JSON.stringify(second) !== JSON.stringify(loaded))
        throw new InvariantError(
          `settings changed across a save: ${JSON.stringify(loaded)} → ${JSON.stringify(second)}`,
        );
      return JSON.stringify(loaded) === JSON.stringify(DEFAULT_SETTINGS) ? 'rejected' : 'accepted';
    },
    dispose: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

// --- the canary: proves the harness sees each kind of crash (fuzz-canary.test.ts) ----------

function canaryTarget(): FuzzTarget {
  return {
    name: 'canary',
    input: (_seed, n) => Uint8Array.of(n % 256),
    run(input) {
      const n = input[0];
      if (n === CANARY.exception) throw new Error('canary: an uncaught exception');
      if (n === CANARY.hang) for (;;);
      if (n === CANARY.death) process.exit(3);
      return 'accepted';
    },
  };
}
