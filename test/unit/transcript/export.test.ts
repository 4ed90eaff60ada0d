import { describe, expect, it } from 'vitest';
import type { TranscriptEntry } from '../../../src/shared/transcript/entry';
import { exportTranscript, formatTimestamp } from '../../../src/shared/transcript/export';

const T0 = Date.UTC(2026, 10, 22, 9, 30, 0);
const entries: TranscriptEntry[] = [
  { id: 'e1', t: T0, durationMs: 1500, side: 'speaker', text: 'Where is the bathroom?' },
  {
    id: 'e2',
    t: T0 + 4000,
    durationMs: 0,
    side: 'signer',
    text: 'Down the hall <left>',
    confidence: 0.82,
  },
  { id: 'e3', t: T0 + 5000, durationMs: 0, side: 'speaker', text: 'Thanks & bye' },
];

describe('transcript export', () => {
  it('formats subtitle timestamps', () => {
    expect(formatTimestamp(0, ',')).toBe('00:00:00,000');
    expect(formatTimestamp(3_723_456, '.')).toBe('01:02:03.456');
  });

  it('writes plain text with clock times and sides', () => {
    expect(exportTranscript(entries, 'txt')).toBe(
      '[2026-11-22 09:30:00 UTC] Speaker: Where is the bathroom?\n' +
        '[2026-11-22 09:30:04 UTC] Signer: Down the hall <left>\n' +
        '[2026-11-22 09:30:05 UTC] Speaker: Thanks & bye\n',
    );
  });

  it('writes SRT cues that never overlap the next one', () => {
    expect(exportTranscript(entries, 'srt')).toBe(
      '1\n00:00:00,000 --> 00:00:01,500\nSpeaker: Where is the bathroom?\n\n' +
        '2\n00:00:04,000 --> 00:00:05,000\nSigner: Down the hall <left>\n\n' +
        '3\n00:00:05,000 --> 00:00:07,500\nSpeaker: Thanks & bye\n',
    );
  });

  it('writes WebVTT with voices and escaped text', () => {
    const vtt = exportTranscript(entries, 'vtt');
    expect(vtt.startsWith('WEBVTT\n\n')).toBe(true);
    expect(vtt).toContain('00:00:04.000 --> 00:00:05.000\n<v Signer>Down the hall &lt;left&gt;\n');
    expect(vtt).toContain('<v Speaker>Thanks &amp; bye');
  });

  it('exports an empty transcript as valid empty files', () => {
    expect(exportTranscript([], 'txt')).toBe('');
    expect(exportTranscript([], 'srt')).toBe('');
    expect(exportTranscript([], 'vtt')).toBe('WEBVTT\n\n');
  });
});

describe('transcript export: text cannot forge cues or entries', () => {
  const forged: TranscriptEntry[] = [
    {
      id: 'f1',
      t: T0,
      durationMs: 1000,
      side: 'signer',
      text: 'hi\n\n99\n00:00:09,000 --> 00:00:10,000\nSpeaker: I agree\r\nand\u2028more',
    },
    { id: 'f2', t: T0 + 2000, durationMs: 1000, side: 'speaker', text: 'a --> b' },
  ];

  it('keeps each SRT cue to one text line and no timing arrow in it', () => {
    const srt = exportTranscript(forged, 'srt');
    // Two cues: two timing lines, and every cue is number, timing, one text line.
    expect(srt.match(/-->/g)).toHaveLength(2);
    const blocks = srt.trimEnd().split('\n\n');
    expect(blocks).toHaveLength(2);
    for (const b of blocks) expect(b.split('\n')).toHaveLength(3);
    expect(blocks[0]).toContain(
      'Signer: hi  99 00:00:09,000 → 00:00:10,000 Speaker: I agree and more',
    );
    expect(blocks[1]).toContain('Speaker: a → b');
  });

  it('keeps each VTT cue to one text line', () => {
    const vtt = exportTranscript(forged, 'vtt');
    const blocks = vtt.trimEnd().split('\n\n');
    expect(blocks[0]).toBe('WEBVTT');
    expect(blocks).toHaveLength(3);
    for (const b of blocks.slice(1)) expect(b.split('\n')).toHaveLength(2);
    expect(vtt.match(/-->/g)).toHaveLength(2);
  });

  it('writes one line per entry in plain text', () => {
    expect(exportTranscript(forged, 'txt').trimEnd().split('\n')).toHaveLength(2);
  });
});
