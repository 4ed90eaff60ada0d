import { describe, expect, it } from 'vitest';
import { contract, EVENT_NAMES, INVOKE_NAMES } from '../../../src/shared/ipc/contract';
import { SltCaptionSchema } from '../../../src/shared/ipc/channels/slt';
import { RendererEntrySchema } from '../../../src/shared/ipc/channels/transcript';
import { MAX_REPLY_TEXT } from '../../../src/shared/transcript/reply';

const final = {
  kind: 'final',
  utteranceId: 'u1',
  text: 'Where is the station?',
  glosses: ['WHERE', 'STATION'],
  confidence: 0.8,
  t: 1_700_000_000_000,
} as const;

describe('slt.caption contract', () => {
  it('declares the caption event and the debug hook', () => {
    expect(EVENT_NAMES).toContain('slt.caption');
    expect(INVOKE_NAMES).toContain('debug.sltCaption');
    expect(contract['slt.caption'].payload).toBe(SltCaptionSchema);
  });

  it('accepts a final and a partial without words yet', () => {
    expect(SltCaptionSchema.safeParse(final).success).toBe(true);
    expect(SltCaptionSchema.safeParse({ ...final, interrupted: true }).success).toBe(true);
    const partial = { ...final, kind: 'partial', text: '', glosses: [] };
    expect(SltCaptionSchema.safeParse(partial).success).toBe(true);
  });

  it('refuses a final without text, naming the field', () => {
    const r = SltCaptionSchema.safeParse({ ...final, text: '  ' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['text']);
    expect(r.error?.issues[0]?.message).toMatch(/final caption needs text/);
  });

  it('refuses out-of-range confidence, unknown kinds and keys, and missing fields', () => {
    expect(SltCaptionSchema.safeParse({ ...final, confidence: 1.2 }).success).toBe(false);
    expect(SltCaptionSchema.safeParse({ ...final, confidence: -0.1 }).success).toBe(false);
    expect(SltCaptionSchema.safeParse({ ...final, kind: 'draft' }).success).toBe(false);
    expect(SltCaptionSchema.safeParse({ ...final, speaker: 'x' }).success).toBe(false);
    expect(SltCaptionSchema.safeParse({ ...final, t: Number.NaN }).success).toBe(false);
    expect(SltCaptionSchema.safeParse({ ...final, utteranceId: '' }).success).toBe(false);
    const { glosses: _g, ...noGlosses } = final;
    expect(SltCaptionSchema.safeParse(noGlosses).success).toBe(false);
  });
});

describe('what the renderer may append', () => {
  it('accepts typed and quick replies from the signer', () => {
    for (const source of ['typed', 'quick-reply'] as const)
      expect(RendererEntrySchema.safeParse({ side: 'signer', source, text: 'Yes' }).success).toBe(
        true,
      );
    // Older renderers send no source at all.
    expect(RendererEntrySchema.safeParse({ side: 'speaker', text: 'Hi' }).success).toBe(true);
  });

  it('refuses sign captions: only main appends those', () => {
    const r = RendererEntrySchema.safeParse({
      side: 'signer',
      source: 'sign',
      text: 'I never signed this',
      confidence: 0.99,
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/appended by main only/);
  });

  it('bounds a signer reply, and only a reply', () => {
    const long = 'a'.repeat(MAX_REPLY_TEXT + 1);
    const r = RendererEntrySchema.safeParse({ side: 'signer', source: 'typed', text: long });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain(`${MAX_REPLY_TEXT + 1} characters`);
    const exact = 'a'.repeat(MAX_REPLY_TEXT);
    expect(
      RendererEntrySchema.safeParse({ side: 'signer', source: 'typed', text: exact }).success,
    ).toBe(true);
    expect(RendererEntrySchema.safeParse({ side: 'speaker', text: long }).success).toBe(true);
  });
});
