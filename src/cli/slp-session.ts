import { defaultAvatarPath } from '../main/slp/avatar-file';
import { modelsDir } from '../node/paths';
import { CLIP_FPS } from '../main/slp/slp-service';
import { Signer } from '../workers/slp/signer';
import { embeddingsDirOf } from '../workers/slp/t2g/engine';
import { UsageError } from './command';
import { resolvePack } from './pack-arg';

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
  for (const w of signer.info.warnings) process.stderr.write(`slp: ${w}\n`);
  return signer;
}

/** `--gloss "HELLO MY NAME fs-JOHN"` → glosses; at least one. */
export function glossList(text: string | undefined): string[] {
  const glosses = (text ?? '').split(/\s+/).filter((g) => g !== '');
  if (glosses.length === 0)
    throw new UsageError('--gloss needs at least one gloss, e.g. --gloss "HELLO MY NAME fs-JOHN"');
  return glosses;
}
