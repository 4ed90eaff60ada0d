/** What the review page renders; shared by the page and its Node driver (no DOM types here). */
import type { Handshape } from './handshapes';

export interface ReviewView {
  readonly camera: 'upper' | 'face' | 'hands' | 'full' | 'side' | 'shoulders';
  readonly width: number;
  readonly height: number;
  readonly pose?: 'tpose' | 'armsDown' | 'handsForward';
  readonly handshape?: Handshape;
  readonly expressions?: Readonly<Record<string, number>>;
}

export interface ReviewApi {
  load(base64: string, name: string): Promise<{ warnings: readonly string[] }>;
  /** Renders a view and returns it as a PNG data URL. */
  render(view: ReviewView): string;
}

/** Where the page installs its API (`window.avatarReview`), typed without the DOM. */
export type ReviewGlobal = { avatarReview?: ReviewApi };
