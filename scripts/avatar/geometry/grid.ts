/**
 * Triangles of a rows × cols vertex grid (row-major). Winding gives the normal
 * ∂(along cols) × ∂(along rows): for a face decal with columns along +X and rows along +Y,
 * that is +Z, towards the viewer.
 */
export function gridTriangles(rows: number, cols: number, wrapCols = false): number[] {
  const out: number[] = [];
  const cellCols = wrapCols ? cols : cols - 1;
  for (let i = 0; i + 1 < rows; i++) {
    for (let j = 0; j < cellCols; j++) {
      const j1 = (j + 1) % cols;
      const a = i * cols + j;
      const b = i * cols + j1;
      const c = (i + 1) * cols + j1;
      const d = (i + 1) * cols + j;
      out.push(a, b, d, b, c, d);
    }
  }
  return out;
}

/** Triangles of a fan of `rings` concentric rings of `segments` vertices around a centre vertex 0. */
export function discTriangles(rings: number, segments: number): number[] {
  const out: number[] = [];
  for (let j = 0; j < segments; j++) out.push(0, 1 + j, 1 + ((j + 1) % segments));
  for (let r = 0; r + 1 < rings; r++) {
    for (let j = 0; j < segments; j++) {
      const j1 = (j + 1) % segments;
      const a = 1 + r * segments + j;
      const b = 1 + r * segments + j1;
      const c = 1 + (r + 1) * segments + j1;
      const d = 1 + (r + 1) * segments + j;
      out.push(a, d, b, b, d, c);
    }
  }
  return out;
}
