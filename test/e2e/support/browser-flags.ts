/** Chromium flags for the e2e runner: the test helpers' own, plus the fake camera when given. */
import {
  CHROMIUM_PATH,
  QUIET_FLAGS,
  WEBGL_FLAGS,
  fakeCameraFlags,
} from '../../helpers/chromium-flags';

export const CHROMIUM = CHROMIUM_PATH;

export function chromiumArgs(fakeCameraY4m?: string): string[] {
  return [...QUIET_FLAGS, ...WEBGL_FLAGS, ...(fakeCameraY4m ? fakeCameraFlags(fakeCameraY4m) : [])];
}
