/**
 * The review driver lives in src/cli/render (the `render` command uses it); this script-side entry
 * rebuilds the page bundle first, so review scripts always show the current renderer code.
 */
import { buildPages } from '../build.mjs';
import { findChromium } from '../../src/node/chromium/open-browser';
import { openReview as open } from '../../src/cli/render/review-driver';

export type { ReviewSession } from '../../src/cli/render/review-driver';
export const CHROMIUM = findChromium() ?? '/usr/bin/chromium';

export async function openReview(...args: Parameters<typeof open>): ReturnType<typeof open> {
  await buildPages({ quiet: true });
  return open(...args);
}
