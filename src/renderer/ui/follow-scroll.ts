/**
 * Keeps a scrolling list at its newest item while the reader is there, and leaves it alone once
 * they scroll up to read something earlier; scrolling back down resumes following. Whether the
 * reader is "there" is decided only by scrolling (theirs or ours), never by a layout change: a
 * bigger caption size makes the content taller without the reader having moved, so it must not
 * end the following (the list has `overflow-anchor: none` in styles.css, so the browser does not
 * scroll it on its own either).
 */

/** Slack at the bottom, px, that still counts as at the bottom: fractional pixels after zoom. */
export const AT_BOTTOM_TOLERANCE_PX = 16;

export interface ScrollMetrics {
  readonly scrollTop: number;
  readonly scrollHeight: number;
  readonly clientHeight: number;
}

export function isAtBottom(m: ScrollMetrics, tolerancePx = AT_BOTTOM_TOLERANCE_PX): boolean {
  return m.scrollHeight - m.scrollTop - m.clientHeight <= tolerancePx;
}

export class FollowScroll {
  private followingValue = true;

  constructor(private readonly el: HTMLElement) {
    el.addEventListener('scroll', () => (this.followingValue = isAtBottom(el)), { passive: true });
    // A window resize changes the list's height: stay at the bottom if following.
    new ResizeObserver(() => this.keep()).observe(el);
  }

  /** Whether new items scroll into view. */
  get following(): boolean {
    return this.followingValue;
  }

  /** After items were added or re-laid out: back to the bottom if the reader was there. */
  keep(): void {
    if (this.followingValue) this.el.scrollTop = this.el.scrollHeight;
  }

  /** A new list (a new conversation): follow again. */
  reset(): void {
    this.followingValue = true;
    this.keep();
  }
}
