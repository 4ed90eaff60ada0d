/**
 * The signer's written replies: what the reply box allows and the quick replies it offers. A
 * reply is short by design (the signer answers mid-conversation), so its bound is far below
 * MAX_ENTRY_TEXT; main enforces the same bound on what the renderer appends.
 */

/** Longest typed reply, in UTF-16 code units (what `maxlength` and `String.length` count). */
export const MAX_REPLY_TEXT = 500;

/** The counter appears once this many characters are left, so it is there only when it matters. */
export const REPLY_COUNTER_REMAINING = 100;

/** One-tap answers: enough to keep a conversation going when typing is too slow. */
export const QUICK_REPLIES = [
  'Yes',
  'No',
  'Wait, please',
  'Please repeat',
  'Thank you',
  "I don't understand",
] as const;
export type QuickReply = (typeof QUICK_REPLIES)[number];

/** Characters left, and whether the counter should show. */
export function replyBudget(length: number): { remaining: number; showCounter: boolean } {
  const remaining = MAX_REPLY_TEXT - length;
  return { remaining, showCounter: remaining <= REPLY_COUNTER_REMAINING };
}
