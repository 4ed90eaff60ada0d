import fs from 'node:fs';
import path from 'node:path';
import {
  decodeEmbeddingFile,
  type EmbeddingData,
} from '../../shared/text/retrieval/embedding-file';

/** Folder of the word vectors under models/: an asset made at set-up, not a pack. */
export const EMBEDDINGS_DIR = 'embeddings';
/** File name inside the embeddings folder (models/embeddings/ by default). */
export const EMBEDDINGS_FILE = 'en-sg100d-int8.bin';

/** Where set-up writes the word vectors and the app reads them: <models>/embeddings. */
export function embeddingsDirOf(modelsDir: string): string {
  return path.join(modelsDir, EMBEDDINGS_DIR);
}

export function readEmbeddings(embeddingsDir: string): EmbeddingData {
  const file = path.join(embeddingsDir, EMBEDDINGS_FILE);
  if (!fs.existsSync(file)) {
    throw new Error(
      `word vectors ${file} not found: run \`npx tsx scripts/embeddings/build-embeddings.ts\` (part of npm run setup)`,
    );
  }
  return decodeEmbeddingFile(fs.readFileSync(file), file);
}
