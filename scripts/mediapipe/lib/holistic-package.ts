import fs from 'node:fs';
import path from 'node:path';

/**
 * The models inside the `@mediapipe/holistic` npm package: a few `.tflite` files on their own,
 * the rest packed into one `.data` file whose byte ranges the loader script lists as
 * `{"filename": "/third_party/.../x.tflite", "start": n, "end": m}`.
 */
export const PACKED_DATA = 'holistic_solution_packed_assets.data';
export const PACKED_LOADER = 'holistic_solution_packed_assets_loader.js';

const RANGE_PATTERN = /"filename":\s*"([^"]+)",\s*"start":\s*(\d+),\s*"end":\s*(\d+)/g;

export interface PackedRange {
  readonly start: number;
  readonly end: number;
}

export class HolisticPackage {
  readonly version: string;
  private readonly ranges = new Map<string, PackedRange>();
  private packed: Buffer | null = null;

  constructor(readonly dir: string) {
    const manifest = path.join(dir, 'package.json');
    if (!fs.existsSync(manifest)) {
      throw new Error(`@mediapipe/holistic not found at ${dir}: run npm ci first`);
    }
    this.version = (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
    const loader = fs.readFileSync(path.join(dir, PACKED_LOADER), 'utf8');
    for (const [, filename = '', start = '0', end = '0'] of loader.matchAll(RANGE_PATTERN)) {
      this.ranges.set(path.posix.basename(filename), { start: Number(start), end: Number(end) });
    }
    if (this.ranges.size === 0) {
      throw new Error(`${PACKED_LOADER} in ${dir} lists no packed files: unknown package layout`);
    }
  }

  /** Names of the files packed in the .data file. */
  packedNames(): string[] {
    return [...this.ranges.keys()];
  }

  /** A model by file name: a file in the package, or a range of the packed data. */
  read(name: string): Uint8Array {
    const file = path.join(this.dir, name);
    if (fs.existsSync(file)) return new Uint8Array(fs.readFileSync(file));
    const range = this.ranges.get(name);
    if (range === undefined) {
      throw new Error(
        `${name} is neither a file in ${this.dir} nor packed in ${PACKED_DATA} (packed: ${this.packedNames().join(', ')})`,
      );
    }
    this.packed ??= fs.readFileSync(path.join(this.dir, PACKED_DATA));
    if (range.end > this.packed.length) {
      throw new RangeError(
        `${name} ends at byte ${range.end}, past the end of ${PACKED_DATA} (${this.packed.length} bytes)`,
      );
    }
    return new Uint8Array(this.packed.subarray(range.start, range.end));
  }
}
