/**
 * Checks one pack folder against its manifest before anything opens it: the manifest schema,
 * every listed file present with the right size and sha256, and every ONNX file's inputs and
 * outputs as declared. Each problem names the file, the expected and the actual value.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { MANIFEST_FILE, ManifestSchema } from '../../shared/modelpack/manifest';
import type { Manifest, PackFile, TensorSpec } from '../../shared/modelpack/manifest';
import type { PackProblem, PackReport } from '../../shared/modelpack/report';
import { readModelSignature } from '../../shared/onnx/model-io';
import type { GraphTensor } from '../../shared/onnx/model-io';

export interface VerifiedPack {
  readonly report: PackReport;
  /** Present when the manifest itself parsed, even if files have problems. */
  readonly manifest?: Manifest;
}

export function sha256File(file: string): string {
  const hash = crypto.createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    for (let n; (n = fs.readSync(fd, buf, 0, buf.length, null)) > 0;)
      hash.update(buf.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

const shapeText = (s: readonly (number | string)[]): string => `[${s.join(', ')}]`;
const tensorText = (t: {
  name: string;
  type: string;
  shape: readonly (number | string)[];
}): string => `${t.name}: ${t.type}${shapeText(t.shape)}`;

function compareTensors(
  file: string,
  kind: 'input' | 'output',
  want: TensorSpec[],
  got: GraphTensor[],
): PackProblem[] {
  const problems: PackProblem[] = [];
  const names = (ts: { name: string }[]) => ts.map((t) => t.name).join(', ') || 'none';
  if (want.length !== got.length || want.some((w, i) => w.name !== got[i]?.name)) {
    problems.push({
      file,
      expected: names(want),
      actual: names(got),
      message: `${file}: ONNX ${kind} names differ from the manifest`,
    });
    return problems;
  }
  want.forEach((w, i) => {
    const g = got[i] as GraphTensor;
    const sameShape =
      w.shape.length === g.shape.length && w.shape.every((d, j) => d === g.shape[j]);
    if (w.type !== g.type || !sameShape) {
      problems.push({
        file,
        expected: tensorText(w),
        actual: tensorText(g),
        message: `${file}: ONNX ${kind} "${w.name}" differs from the manifest`,
      });
    }
  });
  return problems;
}

/**
 * True when `rel` inside `dir` is reached through a symbolic link (the file or a folder on the
 * way): the hash would then be checked on whatever the link points at, outside the pack, and
 * could change between the check and the use.
 */
function throughLink(dir: string, rel: string): string | undefined {
  let at = dir;
  for (const part of rel.split('/')) {
    at = path.join(at, part);
    try {
      if (fs.lstatSync(at).isSymbolicLink())
        return path.relative(dir, at).split(path.sep).join('/');
    } catch {
      return undefined; // missing: reported as missing below
    }
  }
  return undefined;
}

function verifyFile(dir: string, f: PackFile): PackProblem[] {
  const full = path.join(dir, f.path);
  const link = throughLink(dir, f.path);
  if (link !== undefined) {
    return [
      {
        file: f.path,
        expected: 'a file inside the pack folder',
        actual: `${link} is a symbolic link`,
        message: `${f.path} is reached through the symbolic link ${link}: pack files must be real files in ${dir}`,
      },
    ];
  }
  if (!fs.existsSync(full) || !fs.statSync(full).isFile()) {
    return [
      {
        file: f.path,
        expected: 'a file',
        actual: 'missing',
        message: `${f.path} is listed in the manifest but not in ${dir}`,
      },
    ];
  }
  const size = fs.statSync(full).size;
  if (f.bytes !== undefined && f.bytes !== size) {
    return [
      {
        file: f.path,
        expected: `${f.bytes} bytes`,
        actual: `${size} bytes`,
        message: `${f.path} has the wrong size`,
      },
    ];
  }
  const actual = sha256File(full);
  if (actual !== f.sha256) {
    return [
      {
        file: f.path,
        expected: `sha256 ${f.sha256}`,
        actual: `sha256 ${actual}`,
        message: `${f.path} does not match its manifest hash: the file is damaged or was changed`,
      },
    ];
  }
  if (f.onnx === undefined) return [];
  try {
    const sig = readModelSignature(fs.readFileSync(full));
    return [
      ...compareTensors(f.path, 'input', f.onnx.inputs, sig.inputs),
      ...compareTensors(f.path, 'output', f.onnx.outputs, sig.outputs),
    ];
  } catch (e) {
    return [
      {
        file: f.path,
        expected: 'an ONNX model',
        actual: e instanceof Error ? e.message : String(e),
        message: `${f.path} cannot be read as ONNX`,
      },
    ];
  }
}

export function verifyPackDir(dir: string): VerifiedPack {
  const fallbackId = path.basename(dir);
  const manifestPath = path.join(dir, MANIFEST_FILE);
  const fail = (problem: PackProblem): VerifiedPack => ({
    report: { id: fallbackId, dir, ok: false, problems: [problem] },
  });
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  } catch (e) {
    return fail({
      file: MANIFEST_FILE,
      expected: 'a JSON manifest',
      actual: e instanceof Error ? e.message : String(e),
      message: `${manifestPath} cannot be read`,
    });
  }
  const parsed = ManifestSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      report: {
        id: fallbackId,
        dir,
        ok: false,
        problems: parsed.error.issues.map((i) => ({
          file: MANIFEST_FILE,
          expected: i.message,
          actual: JSON.stringify(valueAt(raw, i.path)) ?? 'undefined',
          message: `manifest field ${i.path.join('.') || '(root)'}: ${i.message}`,
        })),
      },
    };
  }
  const m = parsed.data;
  const problems = [...sameFileTwice(m.files), ...m.files.flatMap((f) => verifyFile(dir, f))];
  return {
    manifest: m,
    report: {
      id: m.id,
      dir,
      ok: problems.length === 0,
      problems,
      name: m.name,
      signLanguage: m.signLanguage,
      spokenLanguage: m.spokenLanguage,
      version: m.version,
      license: m.license,
      commercialUse: m.commercialUse,
      loadByDefault: m.loadByDefault,
      capabilities: m.capabilities,
    },
  };
}

/**
 * Paths that name one file in two spellings (`./x` and `x`, `a//b` and `a/b`): the manifest's
 * own check compares the strings, so both would pass and one file be counted twice.
 */
function sameFileTwice(files: readonly PackFile[]): PackProblem[] {
  const first = new Map<string, string>();
  const problems: PackProblem[] = [];
  for (const f of files) {
    const key = path.posix.normalize(f.path);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, f.path);
    else if (earlier !== f.path) {
      problems.push({
        file: f.path,
        expected: 'each file listed once',
        actual: `"${f.path}" and "${earlier}" are both ${key}`,
        message: `${MANIFEST_FILE}: "${f.path}" is the file "${earlier}" listed again: list it once, as "${key}"`,
      });
    }
  }
  return problems;
}

function valueAt(root: unknown, p: readonly PropertyKey[]): unknown {
  let v = root;
  for (const k of p)
    v = typeof v === 'object' && v !== null ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}
