import { importLexicon } from '../../node/lexicon/import-lexicon';
import { invalidValueMessage } from '../../shared/errors/invalid';
import type { Command } from '../command';
import { emit, UsageError } from '../command';
import { checkInputFile, MAX_SIGML_BYTES } from '../input-limits';
import { parseOptions } from '../options';

const SUBCOMMANDS = ['import'] as const;

const USAGE = `usage: cli lexicon import --sigml <file> --out <dir> [--id ID] [--sign-language ISO-639-3]
                          [--spoken-language BCP-47] [--license L] [--attribution A] [--replace] [--json]
  Parses a SiGML lexicon, keeps the signs that can be animated and writes a pack to <dir>, a new
  or empty folder (--replace: replace the pack or files already there).
  JSON: {"signs", "animated", "withDiagnostics", "unsupported": {"<element>": count}}`;

export const lexiconCommand: Command = {
  name: 'lexicon',
  summary: 'import a SiGML lexicon as a pack',
  usage: USAGE,
  async run(argv) {
    const [sub, ...rest] = argv;
    if (sub !== 'import')
      throw new UsageError(
        invalidValueMessage('lexicon command', sub ?? '', SUBCOMMANDS, 'is unknown'),
      );
    const { values } = parseOptions(rest, {
      sigml: { type: 'string' },
      out: { type: 'string' },
      id: { type: 'string' },
      'sign-language': { type: 'string' },
      'spoken-language': { type: 'string' },
      license: { type: 'string' },
      attribution: { type: 'string' },
      replace: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    });
    if (!values.sigml || !values.out) throw new UsageError('--sigml and --out are required');
    checkInputFile('--sigml', values.sigml, MAX_SIGML_BYTES);
    const r = importLexicon({
      sigml: values.sigml,
      out: values.out,
      id: values.id,
      signLanguage: values['sign-language'],
      spokenLanguage: values['spoken-language'],
      license: values.license,
      attribution: values.attribution,
      replace: values.replace,
    });
    const json = {
      signs: r.signs,
      animated: r.animated,
      withDiagnostics: r.withDiagnostics,
      unsupported: r.unsupported,
    };
    emit(values.json, json, () => {
      const pct = r.signs === 0 ? 0 : (100 * r.animated) / r.signs;
      const unsupported = Object.entries(r.unsupported);
      return [
        `${r.signs} signs, ${r.animated} animated (${pct.toFixed(1)}%), ${r.withDiagnostics} with diagnostics`,
        unsupported.length === 0
          ? 'no unsupported element'
          : `unsupported: ${unsupported.map(([k, v]) => `${k} ×${v}`).join(', ')}`,
        `pack written to ${values.out}`,
      ].join('\n');
    });
    return 0;
  },
};
