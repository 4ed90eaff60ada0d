/** Integration tests run the built workers and host: build them first when sources changed. */
export default async function setup(): Promise<void> {
  // @ts-expect-error: plain .mjs build script without type declarations
  const build = (await import('../../scripts/build.mjs')) as {
    nodeIsStale(): boolean;
    buildNode(o: { quiet: boolean }): Promise<void>;
  };
  if (build.nodeIsStale()) await build.buildNode({ quiet: true });
}
