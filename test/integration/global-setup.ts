import { buildNode, buildPages, nodeIsStale, pagesAreStale } from '../../scripts/build.mjs';

/** Integration tests run the built workers, host and CLI pages: build them when sources changed. */
export default async function setup(): Promise<void> {
  if (nodeIsStale()) await buildNode({ quiet: true });
  if (pagesAreStale()) await buildPages({ quiet: true });
}
