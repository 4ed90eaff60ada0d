import { resolvePack } from '../pack-arg';
import { FITTED_NOISE } from '../../shared/synth/noise/fitted';
import { allProfiles, type SignerProfile } from '../../shared/synth/profiles';
import { UtteranceRenderer } from '../../shared/synth/render';
import { loadCorpusLexicon } from './pack-lexicon';

/** What a process or thread needs to render shards: built once per worker. */
export interface ShardContext {
  readonly outDir: string;
  readonly seed: number;
  readonly profiles: readonly SignerProfile[];
  readonly renderer: UtteranceRenderer;
  readonly writePose: boolean;
}

export interface ShardContextArgs {
  readonly pack: string;
  readonly outDir: string;
  readonly seed: number;
  readonly writePose: boolean;
}

export function openShardContext(args: ShardContextArgs): ShardContext {
  const { lexicon } = loadCorpusLexicon(resolvePack(args.pack));
  return {
    outDir: args.outDir,
    seed: args.seed,
    profiles: allProfiles(args.seed),
    renderer: new UtteranceRenderer(lexicon, FITTED_NOISE),
    writePose: args.writePose,
  };
}
