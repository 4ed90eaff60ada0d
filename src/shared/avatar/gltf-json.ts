/**
 * The few glTF/VRM JSON fields the humanoid reader needs, read defensively: a user's VRM is
 * untrusted input, so every access checks its type and errors name the field and the value.
 */
export type JsonObject = Readonly<Record<string, unknown>>;

export interface GltfNode {
  readonly name: string;
  readonly children: readonly number[];
  /** Column-major 4×4 local matrix (from `matrix`, or composed from TRS). */
  readonly local: Float64Array;
}

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function objectAt(parent: JsonObject, key: string): JsonObject | undefined {
  const v = parent[key];
  return isObject(v) ? v : undefined;
}

function numbers(v: unknown, length: number, what: string): number[] | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v) || v.length !== length || !v.every((x) => typeof x === 'number')) {
    throw new Error(`${what} must be an array of ${length} numbers, got ${JSON.stringify(v)}`);
  }
  return v as number[];
}

/** Column-major matrix of translation · rotation · scale (glTF's TRS order). */
export function composeTrs(
  t: readonly number[],
  q: readonly number[],
  s: readonly number[],
): Float64Array {
  const [x = 0, y = 0, z = 0, w = 1] = q;
  const [sx = 1, sy = 1, sz = 1] = s;
  const m = new Float64Array(16);
  m[0] = (1 - 2 * (y * y + z * z)) * sx;
  m[1] = 2 * (x * y + z * w) * sx;
  m[2] = 2 * (x * z - y * w) * sx;
  m[4] = 2 * (x * y - z * w) * sy;
  m[5] = (1 - 2 * (x * x + z * z)) * sy;
  m[6] = 2 * (y * z + x * w) * sy;
  m[8] = 2 * (x * z + y * w) * sz;
  m[9] = 2 * (y * z - x * w) * sz;
  m[10] = (1 - 2 * (x * x + y * y)) * sz;
  m[12] = t[0] ?? 0;
  m[13] = t[1] ?? 0;
  m[14] = t[2] ?? 0;
  m[15] = 1;
  return m;
}

/** a · b for column-major 4×4 matrices. */
export function multiplyMat4(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(16);
  for (let col = 0; col < 4; col++) {
    for (let row = 0; row < 4; row++) {
      let sum = 0;
      for (let k = 0; k < 4; k++) sum += (a[k * 4 + row] ?? 0) * (b[col * 4 + k] ?? 0);
      out[col * 4 + row] = sum;
    }
  }
  return out;
}

export function readNodes(json: JsonObject): GltfNode[] {
  const raw = json['nodes'];
  if (!Array.isArray(raw)) throw new Error('glTF: "nodes" must be an array');
  return raw.map((n: unknown, i): GltfNode => {
    if (!isObject(n)) throw new Error(`glTF: nodes[${i}] must be an object`);
    const what = `glTF nodes[${i}]`;
    const children = n['children'] ?? [];
    if (!Array.isArray(children) || !children.every((c) => Number.isInteger(c) && c >= 0)) {
      throw new Error(`${what}.children must be node indices, got ${JSON.stringify(children)}`);
    }
    const matrix = numbers(n['matrix'], 16, `${what}.matrix`);
    const local = matrix
      ? Float64Array.from(matrix)
      : composeTrs(
          numbers(n['translation'], 3, `${what}.translation`) ?? [0, 0, 0],
          numbers(n['rotation'], 4, `${what}.rotation`) ?? [0, 0, 0, 1],
          numbers(n['scale'], 3, `${what}.scale`) ?? [1, 1, 1],
        );
    return {
      name: typeof n['name'] === 'string' ? n['name'] : `node${i}`,
      children: children as number[],
      local,
    };
  });
}

/** Parent index of every node (−1 for scene-graph roots). */
export function parentIndices(nodes: readonly GltfNode[]): Int32Array {
  const parent = new Int32Array(nodes.length).fill(-1);
  nodes.forEach((n, i) =>
    n.children.forEach((c) => {
      if (c >= nodes.length) {
        throw new Error(`glTF: nodes[${i}] lists child ${c}, but there are ${nodes.length} nodes`);
      }
      parent[c] = i;
    }),
  );
  return parent;
}

/** World matrix of every node (scene-graph roots are nodes nobody lists as a child). */
export function worldMatrices(nodes: readonly GltfNode[]): Float64Array[] {
  const parent = parentIndices(nodes);
  const world: (Float64Array | undefined)[] = new Array(nodes.length);
  const resolve = (i: number, depth: number): Float64Array => {
    const done = world[i];
    if (done) return done;
    if (depth > nodes.length)
      throw new Error(`glTF: node hierarchy has a cycle through nodes[${i}]`);
    const node = nodes[i] as GltfNode;
    const p = parent[i] ?? -1;
    const m = p < 0 ? node.local : multiplyMat4(resolve(p, depth + 1), node.local);
    world[i] = m;
    return m;
  };
  return nodes.map((_, i) => resolve(i, 0));
}
