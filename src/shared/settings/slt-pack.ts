/**
 * Which sign → text pack the app opens, decided the same way in main (SltService) and in the
 * Settings dialog (so the list shows the pack in use): the user's choice when it is an installed
 * slt pack, else the default, else the first installed one. A settings file from before packs
 * were chosen says "ase" (a text → sign pack), which falls through to the default.
 */

/** The pack opened by default: training/slt/export.py DEFAULT_ID. */
export const DEFAULT_SLT_PACK = 'ase-slt';

/** `installed`: ids of the packs with `slt`, usable ones first. */
export function chooseSltPack(preferred: string, installed: readonly string[]): string | undefined {
  if (installed.includes(preferred)) return preferred;
  if (installed.includes(DEFAULT_SLT_PACK)) return DEFAULT_SLT_PACK;
  return installed[0];
}
