import { beforeAll, describe, expect, it } from 'vitest';
import {
  GLB_CHUNK_BIN,
  GLB_CHUNK_JSON,
  GLB_MAGIC,
  HUMAN_BONES,
  PRESET_EXPRESSIONS,
  SIGNING_EXPRESSIONS,
  readAccessor,
  readGlb,
} from '../../../src/shared/avatar';
import { builtAvatar } from './built-avatar';

type Json = Record<string, unknown>;
const MAX_BYTES = 5 * 1024 * 1024;
const MAX_TRIANGLES = 30_000;
const COMPONENT_BYTES: Record<number, number> = { 5121: 1, 5123: 2, 5125: 4, 5126: 4 };
const TYPE_SIZE: Record<string, number> = { SCALAR: 1, VEC3: 3, VEC4: 4, MAT4: 16 };

let bytes: Uint8Array;
let json: Json;
let bin: Uint8Array;
const list = (key: string): Json[] => (json[key] as Json[] | undefined) ?? [];
const vrm = (): Json => (json['extensions'] as Json)['VRMC_vrm'] as Json;

beforeAll(() => {
  bytes = builtAvatar();
  const glb = readGlb(bytes, 'default avatar');
  json = glb.json as Json;
  if (!glb.bin) throw new Error('default avatar has no BIN chunk');
  bin = glb.bin;
}, 120_000);

describe('default avatar GLB container', () => {
  it('has a GLB 2 header, a 4-byte-aligned JSON chunk then a BIN chunk, filling the file exactly', () => {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(view.getUint32(0, true)).toBe(GLB_MAGIC);
    expect(view.getUint32(4, true)).toBe(2);
    expect(view.getUint32(8, true)).toBe(bytes.byteLength);
    const jsonLength = view.getUint32(12, true);
    expect(view.getUint32(16, true)).toBe(GLB_CHUNK_JSON);
    expect(jsonLength % 4).toBe(0);
    const binAt = 20 + jsonLength;
    const binLength = view.getUint32(binAt, true);
    expect(view.getUint32(binAt + 4, true)).toBe(GLB_CHUNK_BIN);
    expect(binLength % 4).toBe(0);
    expect(binAt + 8 + binLength).toBe(bytes.byteLength);
    expect((list('buffers')[0] as Json)['byteLength']).toBe(binLength);
  });

  it(`is at most 5 MiB and ${MAX_TRIANGLES} triangles`, () => {
    expect(bytes.byteLength).toBeLessThanOrEqual(MAX_BYTES);
    let triangles = 0;
    for (const mesh of list('meshes')) {
      for (const prim of mesh['primitives'] as Json[])
        triangles +=
          ((list('accessors')[prim['indices'] as number] as Json)['count'] as number) / 3;
    }
    expect(triangles).toBeLessThanOrEqual(MAX_TRIANGLES);
    expect(triangles).toBeGreaterThan(10_000);
  });

  it('keeps every buffer view and accessor inside the BIN chunk', () => {
    for (const bv of list('bufferViews')) {
      expect((bv['byteOffset'] as number) % 4).toBe(0);
      expect((bv['byteOffset'] as number) + (bv['byteLength'] as number)).toBeLessThanOrEqual(
        bin.byteLength,
      );
    }
    for (const acc of list('accessors')) {
      if (acc['bufferView'] === undefined) continue;
      const bv = list('bufferViews')[acc['bufferView'] as number] as Json;
      const need =
        (acc['count'] as number) *
        (TYPE_SIZE[acc['type'] as string] ?? 0) *
        (COMPONENT_BYTES[acc['componentType'] as number] ?? 0);
      expect(need).toBeLessThanOrEqual(bv['byteLength'] as number);
    }
  });

  it('gives every POSITION accessor (morph targets included) its true min and max', () => {
    const positions = new Set<number>();
    for (const mesh of list('meshes')) {
      for (const prim of mesh['primitives'] as Json[]) {
        positions.add((prim['attributes'] as Json)['POSITION'] as number);
        for (const t of (prim['targets'] as Json[] | undefined) ?? [])
          positions.add(t['POSITION'] as number);
      }
    }
    for (const index of positions) {
      const acc = list('accessors')[index] as Json;
      const data = readAccessor(json, bin, index);
      for (let c = 0; c < 3; c++) {
        let lo = Infinity;
        let hi = -Infinity;
        for (let i = 0; i < data.count; i++) {
          lo = Math.min(lo, data.values[i * 3 + c] as number);
          hi = Math.max(hi, data.values[i * 3 + c] as number);
        }
        expect((acc['min'] as number[])[c]).toBeCloseTo(lo, 6);
        expect((acc['max'] as number[])[c]).toBeCloseTo(hi, 6);
      }
    }
  });
});

describe('default avatar meshes and skin', () => {
  it('skins every mesh to all 55 humanoid joints with inverse bind matrices that undo the rest pose', () => {
    const [skin] = list('skins');
    const joints = (skin as Json)['joints'] as number[];
    expect(joints).toHaveLength(HUMAN_BONES.length);
    const ibm = readAccessor(json, bin, (skin as Json)['inverseBindMatrices']);
    expect(ibm.count).toBe(joints.length);
    const nodes = list('nodes');
    const parent = new Map<number, number>();
    nodes.forEach((n, i) =>
      ((n['children'] as number[] | undefined) ?? []).forEach((c) => parent.set(c, i)),
    );
    joints.forEach((node, k) => {
      const n = nodes[node] as Json;
      expect(n['rotation']).toBeUndefined();
      expect(n['scale']).toBeUndefined();
      const world = [0, 0, 0];
      for (let i: number | undefined = node; i !== undefined; i = parent.get(i)) {
        const t = ((nodes[i] as Json)['translation'] as number[] | undefined) ?? [0, 0, 0];
        for (let c = 0; c < 3; c++) world[c] = (world[c] as number) + (t[c] as number);
      }
      for (let c = 0; c < 3; c++)
        expect((ibm.values[k * 16 + 12 + c] as number) + (world[c] as number)).toBeCloseTo(0, 5);
    });
    for (const n of nodes) if (n['mesh'] !== undefined) expect(n['skin']).toBe(0);
  });

  it('has valid indices, joints below the joint count, normalized weights and unit normals', () => {
    for (const mesh of list('meshes')) {
      for (const prim of mesh['primitives'] as Json[]) {
        const attrs = prim['attributes'] as Json;
        const pos = readAccessor(json, bin, attrs['POSITION']);
        const idx = readAccessor(json, bin, prim['indices']);
        expect(idx.count % 3).toBe(0);
        expect(Math.max(...idx.values)).toBeLessThan(pos.count);
        const joints = readAccessor(json, bin, attrs['JOINTS_0']).values;
        const weights = readAccessor(json, bin, attrs['WEIGHTS_0']).values;
        const normals = readAccessor(json, bin, attrs['NORMAL']).values;
        let bad = 0;
        for (let v = 0; v < pos.count; v++) {
          let sum = 0;
          for (let k = 0; k < 4; k++) {
            if ((joints[v * 4 + k] as number) >= HUMAN_BONES.length) bad++;
            sum += weights[v * 4 + k] as number;
          }
          if (Math.abs(sum - 1) > 1e-5) bad++;
          const n = Math.hypot(
            normals[v * 3] as number,
            normals[v * 3 + 1] as number,
            normals[v * 3 + 2] as number,
          );
          if (Math.abs(n - 1) > 1e-3) bad++;
        }
        expect(bad, `${String(mesh['name'])}: bad joints, weight sums or normals`).toBe(0);
      }
    }
  });

  it('gives every primitive of a mesh the same named morph targets, each moving some vertices', () => {
    for (const mesh of list('meshes')) {
      const names =
        ((mesh['extras'] as Json | undefined)?.['targetNames'] as string[] | undefined) ?? [];
      const moved = new Array<boolean>(names.length).fill(false);
      for (const prim of mesh['primitives'] as Json[]) {
        const targets = (prim['targets'] as Json[] | undefined) ?? [];
        expect(targets).toHaveLength(names.length);
        targets.forEach((t, i) => {
          const sparse = (list('accessors')[t['POSITION'] as number] as Json)['sparse'] as
            Json | undefined;
          if (sparse) moved[i] = true;
        });
      }
      expect(moved.every(Boolean)).toBe(true);
    }
    const face = list('meshes').find((m) => m['name'] === 'Face') as Json;
    expect(((face['extras'] as Json)['targetNames'] as string[]).length).toBeGreaterThanOrEqual(28);
  });
});

describe('default avatar VRM 1.0 extension', () => {
  it('declares VRM 1.0 with open CC0 meta', () => {
    expect(json['extensionsUsed']).toEqual(
      expect.arrayContaining(['VRMC_vrm', 'VRMC_materials_mtoon']),
    );
    expect(vrm()['specVersion']).toBe('1.0');
    const meta = vrm()['meta'] as Json;
    expect(meta['authors']).toEqual(['SignBridge']);
    expect(meta['licenseUrl']).toMatch(/^https:\/\//);
    expect(meta['otherLicenseUrl']).toContain('publicdomain/zero');
    expect(meta['avatarPermission']).toBe('everyone');
    expect(meta['commercialUsage']).toBe('corporation');
    expect(meta['modification']).toBe('allowModificationRedistribution');
    expect(meta['allowRedistribution']).toBe(true);
  });

  it('maps every humanoid bone (fingers, thumbs, eyes, jaw included) to its own node', () => {
    const bones = (vrm()['humanoid'] as Json)['humanBones'] as Record<string, { node: number }>;
    expect(Object.keys(bones).sort()).toEqual([...HUMAN_BONES].sort());
    const nodes = new Set(Object.values(bones).map((b) => b.node));
    expect(nodes.size).toBe(HUMAN_BONES.length);
    for (const [name, b] of Object.entries(bones))
      expect((list('nodes')[b.node] as Json)['name']).toBe(name);
  });

  it('defines every preset and signing expression, bound to existing morph targets', () => {
    const expressions = vrm()['expressions'] as Json;
    const preset = expressions['preset'] as Record<string, Json>;
    const custom = expressions['custom'] as Record<string, Json>;
    expect(Object.keys(preset).sort()).toEqual([...PRESET_EXPRESSIONS].sort());
    for (const name of SIGNING_EXPRESSIONS) expect(custom[name], name).toBeDefined();
    for (const [name, e] of Object.entries({ ...preset, ...custom })) {
      const binds = (e['morphTargetBinds'] as Json[] | undefined) ?? [];
      if (name === 'neutral') expect(binds).toHaveLength(0);
      else expect(binds.length, name).toBeGreaterThan(0);
      for (const b of binds) {
        const node = list('nodes')[b['node'] as number] as Json;
        const mesh = list('meshes')[node['mesh'] as number] as Json;
        expect(((mesh['extras'] as Json)['targetNames'] as string[])[b['index'] as number]).toBe(
          name,
        );
      }
    }
  });
});
