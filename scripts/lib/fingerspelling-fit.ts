/**
 * What the fingerspelling fitting scripts (fit-hands.ts, fit-orient.ts) share: where the real
 * letter clips and the alphabet SiGML lie in ../shared, and the one-line `eval fingerspelling`
 * score of a candidate setting.
 */
import fs from 'node:fs';
import path from 'node:path';
import { evalFingerspelling } from '../../src/node/eval/fingerspelling';

export interface FingerspellingData {
  /** index.csv of the real letter clips. */
  readonly index: string;
  /** The ASL and DGS alphabet SiGML. */
  readonly asl: string;
  readonly dgs: string;
}

/** The files under `<shared>/data`; throws naming the first that is missing. */
export function fingerspellingData(shared: string): FingerspellingData {
  const data = path.resolve(shared, 'data');
  const files = {
    index: path.join(data, 'fingerspelling/index.csv'),
    asl: path.join(data, 'sigml/asl_alphabet_sigml.sigml'),
    dgs: path.join(data, 'sigml/dgs_alphabet_sigml.sigml'),
  };
  for (const f of [files.index, files.asl, files.dgs])
    if (!fs.existsSync(f))
      throw new Error(`${f} does not exist; pass --shared <folder holding data/>`);
  return files;
}

/**
 * `eval fingerspelling` of `sigml` against the real clips of `lang` with `value` installed by
 * `install` (which returns the setting it replaced, put back afterwards), as one line: correct,
 * accuracy and confusions.
 */
export function scoreWith<T>(
  install: (value: T) => T,
  value: T,
  index: string,
  sigml: string,
  lang: string,
): string {
  const old = install(value);
  try {
    const r = evalFingerspelling({ sigml, index, signLanguage: lang });
    const wrong = Object.entries(r.confusions)
      .map(([a, b]) => `${a}→${b}`)
      .join(' ');
    return `${r.correct}/${r.total} (${(100 * r.accuracy).toFixed(1)}%) confusions: ${wrong || 'none'}`;
  } finally {
    install(old);
  }
}
