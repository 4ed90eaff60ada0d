// @ts-check
/**
 * The layer graph of src/ (docs/ARCHITECTURE.md, "Layers"): which folder may import which.
 * Each top-level folder of src/ is a layer; an import into another layer must be an edge listed
 * here, so a back-edge fails `npm run lint`. Only relative imports can cross layers (there are
 * no path aliases), and they are resolved against the importing file, not matched as text.
 */
import path from 'node:path';

/**
 * @typedef {{ layer: string, only?: RegExp, why?: string }} Edge
 * `only`: the edge admits just these files (src-relative paths, without extension).
 */

/** Layer → the layers it may import. Its own layer is always allowed. */
export const LAYERS = {
  shared: [],
  node: [{ layer: 'shared' }],
  workers: [{ layer: 'node' }, { layer: 'shared' }],
  main: [
    {
      layer: 'workers',
      // Main spawns workers and speaks their wire contract; it never runs worker code itself.
      only: /^workers\/(protocol|[^/]+\/tasks)$/,
      why: 'main imports only the worker contract: src/workers/protocol and src/workers/*/tasks',
    },
    { layer: 'node' },
    { layer: 'shared' },
  ],
  host: [{ layer: 'main' }, { layer: 'node' }, { layer: 'shared' }],
  cli: [
    { layer: 'host' },
    { layer: 'main' },
    { layer: 'workers' },
    { layer: 'node' },
    { layer: 'shared' },
  ],
  renderer: [{ layer: 'shared' }],
  preload: [{ layer: 'shared' }],
};

/** src-relative path of a file, or null outside src/ (tests and scripts are not layered). */
function srcRelative(file, srcDir) {
  const rel = path.relative(srcDir, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? null : rel.split(path.sep).join('/');
}

/** @type {import('eslint').Rule.RuleModule} */
const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports between src/ layers follow the layer graph (eslint/layers.js).' },
    schema: [],
  },
  create(context) {
    const srcDir = path.join(context.cwd, 'src');
    const from = srcRelative(context.filename, srcDir);
    const fromLayer = from?.split('/')[0];
    if (from === null || fromLayer === undefined || !(fromLayer in LAYERS)) return {};
    const allowed = /** @type {Edge[]} */ (LAYERS[/** @type {keyof LAYERS} */ (fromLayer)]);

    /** @param {import('estree').Node & { source?: unknown }} node */
    function check(node) {
      const source = /** @type {{ value?: unknown } | null | undefined} */ (node.source);
      const spec = source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = srcRelative(path.resolve(path.dirname(context.filename), spec), srcDir);
      const toLayer = target?.split('/')[0];
      if (target === null || toLayer === undefined || toLayer === fromLayer) return;
      const bare = target.replace(/\.(ts|js|mjs)$/, '').replace(/\/index$/, '');
      const edge = allowed.find((e) => e.layer === toLayer);
      if (edge !== undefined && (edge.only === undefined || edge.only.test(bare))) return;
      const valid =
        allowed.map((e) => (e.only ? `${e.layer} (in part)` : e.layer)).join(', ') ||
        'nothing outside itself';
      context.report({
        node,
        message: edge?.why
          ? `src/${fromLayer} may not import src/${bare}: ${edge.why}.`
          : `src/${fromLayer} may not import src/${toLayer} (${spec}): src/${fromLayer} may import ${valid} (eslint/layers.js).`,
      });
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export const layersPlugin = { rules: { layers: layersRule } };
