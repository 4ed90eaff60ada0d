import path from 'node:path';
import type { PackReport } from '../../shared/modelpack/report';
import { discoverPackDirs } from '../../node/packs/registry';
import { verifyPackDir } from '../../node/packs/verify';
import { modelsDir } from '../../node/paths';
import { invalidValueMessage } from '../../shared/errors/invalid';
import type { Command } from '../command';
import { emit, UsageError } from '../command';
import { parseOptions } from '../options';
import { warnLine } from '../terminal-text';

const SUBCOMMANDS = ['list', 'verify'] as const;

const USAGE = `usage: cli packs list [--dir D] [--json]
       cli packs verify [--dir D] [--json]
  D is a folder of packs or one pack folder (default: the app's models/ folder).
  verify checks each manifest, every file's size and sha256, and ONNX inputs/outputs;
  it exits 1 when any pack has a problem.`;

function reports(dir: string): PackReport[] {
  return discoverPackDirs(dir).map((d) => verifyPackDir(d).report);
}

function line(r: PackReport): string {
  const what = r.ok
    ? `${r.name} · ${r.signLanguage}/${r.spokenLanguage} · v${r.version} · ${r.license}${r.commercialUse === false ? ' · non-commercial' : ''}`
    : `REFUSED (${r.problems.length} problem${r.problems.length === 1 ? '' : 's'})`;
  return `${r.ok ? 'ok ' : 'BAD'} ${r.id.padEnd(16)} ${what}\n    ${r.dir}`;
}

export const packsCommand: Command = {
  name: 'packs',
  summary: 'list or verify model packs',
  usage: USAGE,
  async run(argv) {
    const [sub, ...rest] = argv;
    if (sub !== 'list' && sub !== 'verify')
      throw new UsageError(
        invalidValueMessage('packs command', sub ?? '', SUBCOMMANDS, 'is unknown'),
      );
    const { values } = parseOptions(rest, {
      dir: { type: 'string' },
      json: { type: 'boolean', default: false },
    });
    const dir = path.resolve(values.dir ?? modelsDir());
    const packs = reports(dir);
    const ok = packs.every((p) => p.ok);
    if (sub === 'list') {
      emit(values.json, { dir, packs }, () =>
        packs.length === 0 ? `no packs in ${dir}` : packs.map(line).join('\n'),
      );
      return 0;
    }
    const json = { ok, packs: packs.map((p) => ({ id: p.id, ok: p.ok, problems: p.problems })) };
    emit(values.json, json, () => {
      if (packs.length === 0) return `no packs in ${dir}`;
      return packs
        .map((p) =>
          [
            line(p),
            ...p.problems.map(
              (q) =>
                `    - ${q.message}\n      expected: ${q.expected}\n      actual:   ${q.actual}`,
            ),
          ].join('\n'),
        )
        .join('\n');
    });
    if (packs.length === 0) {
      warnLine(`packs verify: no pack folders (with ${'manifest.json'}) found in ${dir}`);
      return 1;
    }
    return ok ? 0 : 1;
  },
};
