import { describe, expect, it } from 'vitest';
import { isUnsure, LOW_CONFIDENCE, unsureReason } from '../../../src/shared/transcript/confidence';
import { TranscriptEntrySchema } from '../../../src/shared/transcript/entry';
import type { TranscriptEntry } from '../../../src/shared/transcript/entry';
import { entryLabel, exportTranscript } from '../../../src/shared/transcript/export';
import { MAX_REPLY_TEXT, QUICK_REPLIES, replyBudget } from '../../../src/shared/transcript/reply';

const T0 = Date.UTC(2026, 10, 22, 9, 30, 0);

describe('transcript entries with a source', () => {
  it('still reads entries written before source existed', () => {
    // A line as the previous version wrote it: no source, no interrupted.
    const old = JSON.parse(
      '{"id":"e1","t":1763803800000,"durationMs":0,"side":"signer","text":"hi","confidence":0.9}',
    ) as unknown;
    const e = TranscriptEntrySchema.parse(old);
    expect(e.source).toBeUndefined();
    expect(entryLabel(e)).toBe('Signer');
  });

  it('refuses an unknown source', () => {
    const r = TranscriptEntrySchema.safeParse({
      id: 'e1',
      t: T0,
      durationMs: 0,
      side: 'signer',
      text: 'x',
      source: 'telepathy',
    });
    expect(r.success).toBe(false);
  });

  it('labels replies and unsure captions in the plain-text export', () => {
    const entries: TranscriptEntry[] = [
      { id: 'e1', t: T0, durationMs: 0, side: 'signer', source: 'typed', text: 'Room 4?' },
      { id: 'e2', t: T0 + 1000, durationMs: 0, side: 'signer', source: 'quick-reply', text: 'Yes' },
      {
        id: 'e3',
        t: T0 + 2000,
        durationMs: 0,
        side: 'signer',
        source: 'sign',
        text: 'train late',
        glosses: ['TRAIN', 'LATE'],
        confidence: 0.42,
        interrupted: true,
      },
      {
        id: 'e4',
        t: T0 + 3000,
        durationMs: 0,
        side: 'signer',
        source: 'sign',
        text: 'thank you',
        confidence: 0.9,
      },
    ];
    expect(exportTranscript(entries, 'txt')).toBe(
      '[2026-11-22 09:30:00 UTC] Signer (typed): Room 4?\n' +
        '[2026-11-22 09:30:01 UTC] Signer (quick reply): Yes\n' +
        '[2026-11-22 09:30:02 UTC] Signer (signed, unsure 42%, cut off): train late\n' +
        '[2026-11-22 09:30:03 UTC] Signer (signed): thank you\n',
    );
    // Subtitles stay plain: the side only.
    expect(exportTranscript(entries, 'srt')).toContain('Signer: Yes\n');
  });
});

describe('confidence marks', () => {
  it('marks only captions below the threshold, with the reason', () => {
    expect(isUnsure(LOW_CONFIDENCE - 0.01)).toBe(true);
    expect(isUnsure(LOW_CONFIDENCE)).toBe(false);
    expect(isUnsure(undefined)).toBe(false);
    expect(unsureReason(0.3)).toMatch(/only 30% confident.*below 50%/);
    expect(unsureReason(0.7)).toBeUndefined();
  });
});

describe('reply bound', () => {
  it('shows the counter only near the limit', () => {
    expect(replyBudget(0)).toEqual({ remaining: MAX_REPLY_TEXT, showCounter: false });
    expect(replyBudget(MAX_REPLY_TEXT - 100).showCounter).toBe(true);
    expect(replyBudget(MAX_REPLY_TEXT - 101).showCounter).toBe(false);
    expect(replyBudget(MAX_REPLY_TEXT).remaining).toBe(0);
  });

  it('offers the quick replies the signer needs, each within the bound', () => {
    expect(QUICK_REPLIES).toEqual([
      'Yes',
      'No',
      'Wait, please',
      'Please repeat',
      'Thank you',
      "I don't understand",
    ]);
    for (const q of QUICK_REPLIES) expect(q.length).toBeLessThanOrEqual(MAX_REPLY_TEXT);
  });
});
