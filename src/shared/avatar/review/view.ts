/** What the review page renders; shared by the page and its Node driver (no DOM types here). */
import type { Handshape } from './handshapes';

export interface ReviewView {
  /** `bust`: the whole head with the shoulders below it, for reading the face's grammar. */
  readonly camera:
    'upper' | 'face' | 'bust' | 'hands' | 'full' | 'side' | 'shoulders' | 'threeQuarter' | 'back';
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
  /**
   * Renders frame `frame` of a motion clip (src/shared/motion's JSON text) on the avatar, with
   * the view's camera (its pose, handshape and expressions are ignored: the clip poses).
   */
  renderClip(clipJson: string, frame: number, view: ReviewView): string;
  /** How much of the last rendered frame is not background (to tell a drawn avatar from a blank canvas). */
  coverage(): FrameCoverage;
}

export interface FrameCoverage {
  readonly width: number;
  readonly height: number;
  /** Share of pixels that differ visibly from the stage background. */
  readonly nonBackground: number;
  /** Distinct colours, quantized to 4 bits per channel. */
  readonly distinctColours: number;
}

/** Where the page installs its API (`window.avatarReview`), typed without the DOM. */
export type ReviewGlobal = { avatarReview?: ReviewApi };
