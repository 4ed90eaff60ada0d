import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, openReview, type ReviewSession } from '../../../scripts/avatar/review-driver';
import { hasShared, sharedPath } from '../../helpers/shared';
import { builtAvatar } from '../../unit/avatar/built-avatar';

const MANNEQUIN = 'fixtures/avatars/mannequin-vrm0.vrm';
const describeBrowser = fs.existsSync(CHROMIUM) ? describe : describe.skip;

describeBrowser('avatar review page in headless Chromium (SwiftShader WebGL)', () => {
  let session: ReviewSession;
  beforeAll(async () => {
    session = await openReview(builtAvatar(), 'default');
  }, 120_000);
  afterAll(async () => {
    await session?.close();
  });

  it('draws the framed upper body: not a blank canvas', async () => {
    const png = await session.render({
      camera: 'upper',
      width: 320,
      height: 280,
      pose: 'handsForward',
    });
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const c = await session.coverage();
    expect(c.width).toBe(320);
    expect(c.nonBackground).toBeGreaterThan(0.15);
    expect(c.nonBackground).toBeLessThan(0.9);
    expect(c.distinctColours).toBeGreaterThan(40);
  }, 60_000);

  it('shows an expression change on the face', async () => {
    await session.render({ camera: 'face', width: 200, height: 200 });
    const neutral = await session.coverage();
    await session.render({ camera: 'face', width: 200, height: 200, expressions: { aa: 1 } });
    const open = await session.coverage();
    expect(neutral.nonBackground).toBeGreaterThan(0.5);
    expect(open.distinctColours).not.toBe(neutral.distinctColours);
  }, 60_000);
});

const describeMannequin =
  fs.existsSync(CHROMIUM) && hasShared(MANNEQUIN) ? describe : describe.skip;

describeMannequin('a VRM 0.x mannequin on the review page', () => {
  it('loads with warnings and draws', async () => {
    const session = await openReview(
      new Uint8Array(fs.readFileSync(sharedPath(MANNEQUIN))),
      'mannequin',
    );
    try {
      expect(session.warnings.join('\n')).toMatch(/no thumb bones/);
      await session.render({ camera: 'upper', width: 240, height: 210 });
      expect((await session.coverage()).nonBackground).toBeGreaterThan(0.05);
    } finally {
      await session.close();
    }
  }, 120_000);
});
