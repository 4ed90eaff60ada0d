// Types for scripts/build.mjs, for the TypeScript scripts and tests that call it.
export function buildNode(options?: { quiet?: boolean }): Promise<void>;
export function buildRenderer(options?: { quiet?: boolean }): Promise<void>;
export function buildPages(options?: { quiet?: boolean }): Promise<void>;
export function nodeIsStale(): boolean;
export function rendererIsStale(): boolean;
export function pagesAreStale(): boolean;
