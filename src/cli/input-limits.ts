/**
 * Bounds on what the CLI reads, checked before any work starts: without them 18,000 glosses took
 * 11 GB and a 200 MB SiGML file ran the heap out. Each error names the input, its size and the
 * limit. Input files are also checked to be files, so a folder is named instead of an EISDIR.
 */
import fs from 'node:fs';
import { formatBytes } from '../host/ws-limits';
import { UsageError } from './command';

/** --text and --gloss: the most characters one call takes, as the app's slp.say accepts. */
export const MAX_INPUT_CHARS = 4000;
/** Signs in one clip: about 10 minutes of signing at roughly a second a sign. */
export const MAX_GLOSSES = 600;
/** A SiGML lexicon to import: 19 times the largest real lexicon we know (DGS, 0.85 MB). */
export const MAX_SIGML_BYTES = 16 * 2 ** 20;

/** A letter index (CSV, one row per recording): far above the 0.2 MB of the real one. */
export const MAX_INDEX_BYTES = 16 * 2 ** 20;
/** A WAV to recognize: 256 MiB is 23 minutes of 48 kHz stereo 16-bit audio. */
export const MAX_WAV_BYTES = 256 * 2 ** 20;

/** Refuses a text option longer than MAX_INPUT_CHARS, naming the option and both lengths. */
export function checkTextLength(option: string, text: string): string {
  if (text.length > MAX_INPUT_CHARS) {
    throw new UsageError(
      `${option} is ${text.length} characters long; at most ${MAX_INPUT_CHARS} are accepted in one call: split the text`,
    );
  }
  return text;
}

/** Refuses more than MAX_GLOSSES glosses. */
export function checkGlossCount(option: string, glosses: readonly string[]): void {
  if (glosses.length > MAX_GLOSSES) {
    throw new UsageError(
      `${option} has ${glosses.length} glosses; at most ${MAX_GLOSSES} are signed in one clip: split them`,
    );
  }
}

/**
 * `file` as an input of at most `maxBytes`: it must exist and be a file (not a folder), and not be
 * larger than the limit. Returns its size in bytes.
 */
export function checkInputFile(option: string, file: string, maxBytes: number): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new Error(`${option} ${file} does not exist`);
  }
  if (!stat.isFile())
    throw new Error(
      `${option} ${file} is ${stat.isDirectory() ? 'a folder' : 'not a regular file'}: expected a file`,
    );
  if (stat.size > maxBytes) {
    throw new Error(
      `${option} ${file} is ${formatBytes(stat.size)}; at most ${formatBytes(maxBytes)} is read`,
    );
  }
  return stat.size;
}
