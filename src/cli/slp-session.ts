import { defaultAvatarPath } from '../main/slp/avatar-file';
import { modelsDir } from '../node/paths';
import { CLIP_FPS } from '../main/slp/slp-service';
import { Signer } from '../workers/slp/signer';
import { embeddingsDirOf } from '../workers/slp/t2g/engine';
import { UsageError } from './command';
import { checkGlossCount, checkTextLength } from './input-limits';
import { resolvePack } from './pack-arg';
import { warnLine } from './terminal-text';

export interface SignerArgs {
  readonly pack: string;
  readonly avatar?: string;
  readonly fps?: number;
  readonly withT2g: boolean;
}

/** The same Signer the SLP worker runs, in-process for the CLI. */
export async function openSigner(args: SignerArgs): Promise<Signer> {
  const signer = await Signer.open({
    pack: resolvePack(args.pack),
    embeddingsDir: embeddingsDirOf(modelsDir()),
    device: 'cpu',
    avatarPath: args.avatar ?? defaultAvatarPath(),
    fps: args.fps ?? CLIP_FPS,
    withT2g: args.withT2g,
  });
  for (const w of signer.info.warnings) warnLine(`slp: ${w}`);
  return signer;
}

/** `--gloss "HELLO MY NAME fs-JOHN"` → glosses; at least one, at most MAX_GLOSSES. */
export function glossList(text: string | undefined): string[] {
  const glosses = checkTextLength('--gloss', text ?? '')
    .split(/\s+/)
    .filter((g) => g !== '');
  if (glosses.length === 0)
    throw new UsageError('--gloss needs at least one gloss, e.g. --gloss "HELLO MY NAME fs-JOHN"');
  checkGlossCount('--gloss', glosses);
  return glosses;
}
