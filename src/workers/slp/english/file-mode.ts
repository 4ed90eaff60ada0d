import fs from 'node:fs';
import path from 'node:path';
import { translateEnglishLines, type EnglishResources } from '../../../shared/text';

/**
 * `t2g --pack ase --in <file> --out <file>`: one sentence per line in, one gloss line per line
 * out (written atomically). Returns the number of lines.
 */
export function translateEnglishFile(
  inFile: string,
  outFile: string,
  resources: EnglishResources,
): number {
  const input = fs.readFileSync(inFile, 'utf8');
  const output = translateEnglishLines(input, resources);
  const tmp = path.join(path.dirname(outFile), `.${path.basename(outFile)}.tmp-${process.pid}`);
  fs.writeFileSync(tmp, output);
  fs.renameSync(tmp, outFile);
  return output.length === 0 ? 0 : output.split('\n').length - (output.endsWith('\n') ? 1 : 0);
}
