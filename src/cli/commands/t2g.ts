import fs from 'node:fs';
import path from 'node:path';
import { glossLine } from '../../shared/text';
import { modelsDir } from '../../node/paths';
import { writeFileAtomic } from '../../node/fs/atomic-write';
import { embeddingsDirOf, openT2gEngine, readLines } from '../../workers/slp/t2g/engine';
import type { Command } from '../command';
import { emit, UsageError } from '../command';
import { parseOptions } from '../options';
import { resolvePack } from '../pack-arg';
import { warnLine } from '../terminal-text';

const USAGE = `usage: cli t2g --pack <id|dir> --text "..." [--json]
       cli t2g --pack <id|dir> --in <file> --out <file>     one sentence per line in, one gloss line out
  JSON: {"signs": [{"gloss", "resolved", "from"}], "nonManual": [{"type", "start", "end"}]}
  resolved is sign, synonym, nearest, fingerspelled (rules) or model (a learned pack);
  start/end index into signs, end exclusive.`;

export const t2gCommand: Command = {
  name: 't2g',
  summary: 'translate text to a gloss sequence with non-manual markers',
  usage: USAGE,
  async run(argv) {
    const { values } = parseOptions(argv, {
      pack: { type: 'string' },
      text: { type: 'string' },
      in: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean', default: false },
    });
    if (!values.pack) throw new UsageError('--pack is required (e.g. --pack ase)');
    if ((values.text === undefined) === (values.in === undefined))
      throw new UsageError('give either --text or --in');
    if (values.in !== undefined && !values.out) throw new UsageError('--in needs --out');
    const engine = await openT2gEngine(resolvePack(values.pack), {
      embeddingsDir: embeddingsDirOf(modelsDir()),
    });
    try {
      for (const w of engine.warnings) warnLine(`t2g: ${w}`);
      if (values.text !== undefined) {
        const r = await engine.translate(values.text);
        emit(values.json, r, () => {
          const marks = r.nonManual.map(
            (s) =>
              `${s.type} over ${r.signs
                .slice(s.start, s.end)
                .map((x) => x.gloss)
                .join(' ')}`,
          );
          return [
            glossLine(r) || '(nothing to sign)',
            ...r.signs.map((s) => `  ${s.gloss.padEnd(18)} ${s.resolved.padEnd(13)} ← ${s.from}`),
            ...marks.map((m) => `  [${m}]`),
          ].join('\n');
        });
        return 0;
      }
      const inFile = values.in as string;
      if (!fs.existsSync(inFile)) throw new Error(`${inFile} does not exist`);
      const out = await engine.translateLines(readLines(inFile));
      const outFile = values.out as string;
      fs.mkdirSync(path.dirname(path.resolve(outFile)), { recursive: true });
      writeFileAtomic(outFile, out.map((l) => `${l}\n`).join(''));
      emit(
        values.json,
        { lines: out.length, out: outFile },
        () => `${out.length} lines → ${outFile}`,
      );
      return 0;
    } finally {
      await engine.dispose();
    }
  },
};
