/**
 * `cli eval slt-letters`: a sign → text pack against real recordings of single letters (a
 * fingerspelling index.csv, one held letter per clip). Every clip runs whole through the pack's
 * streaming encoder and is read as the letter with the largest CTC posterior summed over it.
 */
import fs from 'node:fs';
import { SltModel } from '../../workers/slt/model';
import { poseClip } from '../../workers/slt/clip-files';
import type { ClipFrames } from '../../workers/slt/run-file';
import { emit, UsageError } from '../command';
import { parseOptions } from '../options';
import { resolvePack } from '../pack-arg';
import { Progress } from '../synth/progress';
import { clipCtc } from './clip-ctc';
import { readLetterIndex } from './letter-index';
import type { LetterClip } from './letter-index';
import { letterFigures, readLetter } from './letter-read';
import type { ClipResult } from './letter-read';
import { tokenLetters } from './letters';
import { invalidValueMessage } from '../../shared/errors/invalid';

export const EVAL_SLT_LETTERS_USAGE = `       cli eval slt-letters --pack <id|dir> --index <index.csv> --sign-language <code> [--json]
  slt-letters reads every clip of that sign language in the index (pose-format, one held letter
  each) whole through the pack's encoder and takes the letter (#A..#Z or a one-letter gloss) with
  the largest CTC posterior summed over the clip; accuracy is the share equal to the clip's gloss
  (case-insensitive; Ä, Ö, Ü, ß are letters of their own, and also scored folded to A, O, U, S).
  Unreadable .pose files are skipped and named. JSON: {"pack", "n", "accuracy", "accuracyFolded",
  "greedyAccuracy", "accuracyOnPackLetters", "chance", "perLetter", "clips", "skipped", ...}`;

interface Skipped {
  readonly path: string;
  readonly error: string;
}

const named = (e: unknown): string =>
  e instanceof Error ? `${e.name}: ${e.message}` : `Error: ${String(e)}`;

/** The clip's frames within the index's start/end (ms), or why the file cannot be read. */
function openClip(c: LetterClip): { clip: ClipFrames; from: number; to: number } | Skipped {
  try {
    const clip = poseClip(c.file);
    const msPerFrame = 1000 / clip.fps;
    const from = Math.min(clip.count, Math.floor(c.startMs / msPerFrame));
    const to =
      c.endMs === undefined ? clip.count : Math.min(clip.count, Math.ceil(c.endMs / msPerFrame));
    if (to <= from)
      return {
        path: c.path,
        error: `EmptyClip: no frames between ${c.startMs} and ${c.endMs ?? 'the end'} ms (${clip.count} frames at ${clip.fps} fps)`,
      };
    return { clip, from, to };
  } catch (e) {
    return { path: c.path, error: named(e) };
  }
}

export async function evalSltLetters(argv: string[]): Promise<number> {
  const { values } = parseOptions(argv, {
    pack: { type: 'string' },
    index: { type: 'string' },
    'sign-language': { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  const language = values['sign-language'];
  if (!values.pack || !values.index || !language)
    throw new UsageError('--pack, --index and --sign-language are required');
  if (!fs.existsSync(values.index)) throw new Error(`${values.index} does not exist`);
  const { clips, languages } = readLetterIndex(values.index, language);
  if (clips.length === 0)
    throw new Error(
      invalidValueMessage(`${values.index}: sign language`, language, languages, 'has no clips'),
    );
  const pack = resolvePack(values.pack);
  const model = await SltModel.open(pack.dir, { device: 'cpu' });
  try {
    const letters = tokenLetters(model.vocab.ctc);
    const packLetters = new Set(letters.filter((l): l is string => l !== undefined));
    if (packLetters.size === 0)
      throw new Error(
        `pack ${pack.manifest.id} has no letter tokens among its ${letters.length} CTC tokens (#A..#Z or one-letter glosses)`,
      );
    const results: ClipResult[] = [];
    const skipped: Skipped[] = [];
    const progress = new Progress('eval slt-letters', clips.length);
    for (const c of clips) {
      const opened = openClip(c);
      if ('error' in opened) {
        skipped.push(opened);
        process.stderr.write(`skipped ${opened.path}: ${opened.error}\n`);
      } else {
        const { logprobs, steps } = await clipCtc(model, opened.clip, opened.from, opened.to);
        results.push({
          path: c.path,
          label: c.label,
          reading: readLetter(logprobs, steps, letters),
        });
      }
      progress.tick();
    }
    progress.finish();
    if (results.length === 0)
      throw new Error(
        `none of the ${clips.length} clips of "${language}" in ${values.index} could be read (first: ${skipped[0]?.path}: ${skipped[0]?.error})`,
      );
    const f = letterFigures(results, packLetters);
    const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
    emit(
      values.json,
      { pack: pack.manifest.id, signLanguage: language, ...f, skipped, clips: results },
      () =>
        [
          `${pack.manifest.id} on ${f.n} ${language} letter clips: ${pct(f.accuracy)} read right (chance ${pct(f.chance)}); folded Ä→A Ö→O Ü→U ß→S ${pct(f.accuracyFolded)}; greedy CTC ${pct(f.greedyAccuracy)}`,
          f.accuracyOnPackLetters === null
            ? '  none of the clips shows a letter the pack has'
            : `  on the ${f.nOnPackLetters} clips of letters the pack has: ${pct(f.accuracyOnPackLetters)}${f.missingFromPack.length > 0 ? `; the pack has no ${f.missingFromPack.join(' ')}` : ''}`,
          `  per letter (right/clips, read as): ${Object.entries(f.perLetter)
            .map(
              ([l, e]) =>
                `${l} ${e.correct}/${e.n}${e.readAs.length ? ` (${e.readAs.join(' ')})` : ''}`,
            )
            .join(', ')}`,
          ...(skipped.length > 0 ? [`  skipped ${skipped.length} unreadable clip(s)`] : []),
        ].join('\n'),
    );
    return 0;
  } finally {
    await model.dispose();
  }
}
