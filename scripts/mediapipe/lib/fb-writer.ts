import { ByteWriter } from './byte-writer';

/**
 * Writes new FlatBuffer objects in front of an existing FlatBuffer's bytes, so they can point at
 * the old objects without rewriting them. FlatBuffer offsets (uoffset) only point forward, so
 * every object is written before the objects it refers to (breadth-first from the root), and
 * references into the old bytes are patched once the prefix length is known.
 */
export type FbNode =
  | { readonly kind: 'table'; readonly fields: readonly FbField[] }
  | { readonly kind: 'tables'; readonly items: readonly FbNode[] }
  | { readonly kind: 'ints'; readonly values: readonly number[] }
  | { readonly kind: 'bytes'; readonly data: Uint8Array; readonly align: number }
  | { readonly kind: 'string'; readonly value: string }
  /** An object of the old FlatBuffer, by its absolute position there. */
  | { readonly kind: 'existing'; readonly position: number };

export type FbScalarType = 'u8' | 'i8' | 'u32' | 'i32';
export type FbField =
  | { readonly slot: number; readonly scalar: FbScalarType; readonly value: number }
  | { readonly slot: number; readonly node: FbNode };

export const fb = {
  table: (fields: readonly FbField[]): FbNode => ({ kind: 'table', fields }),
  tables: (items: readonly FbNode[]): FbNode => ({ kind: 'tables', items }),
  ints: (values: readonly number[]): FbNode => ({ kind: 'ints', values }),
  bytes: (data: Uint8Array, align: number): FbNode => ({ kind: 'bytes', data, align }),
  string: (value: string): FbNode => ({ kind: 'string', value }),
  existing: (position: number): FbNode => ({ kind: 'existing', position }),
};

/** A forward reference waiting for its target: the u32 slot and what it points at. */
interface Pending {
  readonly at: number;
  readonly node: FbNode;
}

function writeScalar(w: ByteWriter, type: FbScalarType, value: number): void {
  // Every field takes a 4-byte aligned slot; a byte field uses its first byte.
  if (type === 'u8' || type === 'i8') {
    w.u8(value & 0xff);
    w.u8(0);
    w.u16(0);
  } else if (type === 'u32') w.u32(value);
  else w.i32(value);
}

/**
 * Serializes `root` followed by `old` (shifted by the prefix, whose length is a multiple of
 * `prefixAlignment` so the old bytes keep their alignment); `identifier` goes at bytes 4..8.
 */
export function writeInFront(
  root: FbNode,
  old: Uint8Array,
  identifier: string,
  prefixAlignment: number,
): Uint8Array {
  const w = new ByteWriter();
  const intoOld: Pending[] = [];
  const rootAt = w.u32(0);
  w.raw(new TextEncoder().encode(identifier));
  let queue: Pending[] = [{ at: rootAt, node: root }];

  const place = (p: Pending): void => {
    const { node } = p;
    if (node.kind === 'existing') {
      intoOld.push(p);
      return;
    }
    if (node.kind === 'table') {
      const maxSlot = node.fields.reduce((m, f) => Math.max(m, f.slot), -1);
      w.align(2);
      const vtable = w.u16(4 + 2 * (maxSlot + 1));
      const sizeAt = w.u16(0);
      const slotAt = Array.from({ length: maxSlot + 1 }, () => w.u16(0));
      w.align(4);
      const table = w.position;
      w.i32(table - vtable);
      for (const f of node.fields) {
        w.patchU16(slotAt[f.slot] ?? 0, w.position - table);
        if ('scalar' in f) writeScalar(w, f.scalar, f.value);
        else queue.push({ at: w.u32(0), node: f.node });
      }
      w.patchU16(sizeAt, w.position - table);
      w.patchU32(p.at, table - p.at);
      return;
    }
    if (node.kind === 'bytes') w.align(node.align, 4);
    else w.align(4);
    const start = w.position;
    w.patchU32(p.at, start - p.at);
    if (node.kind === 'tables') {
      w.u32(node.items.length);
      for (const item of node.items) queue.push({ at: w.u32(0), node: item });
    } else if (node.kind === 'ints') {
      w.u32(node.values.length);
      for (const v of node.values) w.i32(v);
    } else if (node.kind === 'bytes') {
      w.u32(node.data.length);
      w.raw(node.data);
    } else {
      const utf8 = new TextEncoder().encode(node.value);
      w.u32(utf8.length);
      w.raw(utf8);
      w.u8(0);
    }
  };

  while (queue.length > 0) {
    const batch = queue;
    queue = [];
    for (const p of batch) place(p);
  }
  w.align(prefixAlignment);
  const shift = w.position;
  w.raw(old);
  for (const { at, node } of intoOld) {
    if (node.kind === 'existing') w.patchU32(at, shift + node.position - at);
  }
  return w.finish();
}
