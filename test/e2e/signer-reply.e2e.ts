/**
 * The signer's side of the conversation: written replies (typed and quick) that reach the
 * transcript, its file and the .txt export; and the sign → text caption view, fed through main's
 * caption path by the --debug-tasks test hook (the SLT service will call the same path).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { MAX_REPLY_TEXT } from '../../src/shared/transcript/reply';
import { expect, test } from './support/fixtures';
import { withClient } from './support/host-client';

/** The docs image; rewritten only when asked, so a plain test run leaves the checkout clean. */
const DOCS_SCREENSHOT = path.join(process.cwd(), 'docs', 'images', 'signer-reply.png');
const UPDATE_DOCS_ENV = 'SB_UPDATE_DOCS_IMAGES';

/** A fresh session, so this test's entries are the only ones in the transcript and its file. */
async function freshSession(app: Page): Promise<string> {
  const r = await withClient((c) => c.invoke('transcript.newSession', {}));
  await app.reload();
  return (r.value as { sessionId: string }).sessionId;
}

function sessionFile(sessionId: string): string {
  const dataDir = process.env.SB_E2E_DATA;
  if (!dataDir) throw new Error('SB_E2E_DATA is not set: the global setup did not run');
  return path.join(dataDir, 'transcripts', `${sessionId}.jsonl`);
}

test('the signer replies by typing and with a quick reply; both are saved and exported', async ({
  app,
}) => {
  const sessionId = await freshSession(app);
  const signer = app.getByRole('region', { name: 'Signer', exact: true });
  const box = signer.getByLabel('Your reply');
  const log = app.getByRole('log', { name: 'Conversation transcript' });

  // Shift+Enter is a new line, not a send.
  await box.click();
  await app.keyboard.type('Room 4, second floor?');
  await app.keyboard.press('Shift+Enter');
  await app.keyboard.type('I can wait.');
  await expect(box).toHaveValue('Room 4, second floor?\nI can wait.');
  await expect(log.locator('.entry')).toHaveCount(0);

  // The counter shows only near the limit.
  const counter = signer.locator('#reply-counter');
  await expect(counter).toBeHidden();
  await box.fill('x'.repeat(MAX_REPLY_TEXT - 40));
  await expect(counter).toHaveText(`40 of ${MAX_REPLY_TEXT} characters left`);
  await box.fill('Room 4, second floor?\nI can wait.');
  await expect(counter).toBeHidden();

  await box.press('Enter');
  await expect(signer.getByText('Sent', { exact: true })).toBeVisible();
  await expect(box).toHaveValue('');
  // Sent means saved: the line is in the session file already.
  expect(fs.readFileSync(sessionFile(sessionId), 'utf8')).toContain('Room 4, second floor?');
  const typed = log.locator('.entry.signer').filter({ hasText: 'Room 4, second floor?' });
  await expect(typed).toContainText('typed reply');

  // Quick replies are buttons in a labelled group, operable from the keyboard.
  const quick = signer.getByRole('group', { name: 'Quick replies' });
  await expect(quick.getByRole('button')).toHaveText([
    'Yes',
    'No',
    'Wait, please',
    'Please repeat',
    'Thank you',
    "I don't understand",
  ]);
  await quick.getByRole('button', { name: 'Please repeat' }).click();
  await quick.getByRole('button', { name: 'Thank you' }).focus();
  await app.keyboard.press('Enter');
  await expect(log.locator('.entry.signer')).toHaveCount(3);
  await expect(log.locator('.entry.signer').nth(1)).toContainText('quick reply');
  await expect(log.locator('.entry.signer').nth(1)).toContainText('Please repeat');
  await expect(log.locator('.entry.signer').nth(2)).toContainText('Thank you');
  await expect(signer.getByRole('button', { name: 'Say last reply aloud' })).toBeEnabled();

  // The exported .txt names how each line came about.
  const download = app.waitForEvent('download');
  await app.getByRole('button', { name: 'Save as text' }).click();
  const file = await (await download).path();
  const txt = fs.readFileSync(file, 'utf8');
  // One line per entry: a line break inside a turn becomes a space, so no text can forge an entry.
  expect(txt).toMatch(/\] Signer \(typed\): Room 4, second floor\? I can wait\.\n/);
  expect(txt).toMatch(/\] Signer \(quick reply\): Please repeat\n/);
  expect(txt).toMatch(/\] Signer \(quick reply\): Thank you\n/);

  // Survives a reload: it came from the file, not from the page.
  await app.reload();
  await expect(
    app.getByRole('log', { name: 'Conversation transcript' }).getByText('Please repeat'),
  ).toBeVisible();
});

test('captions: a partial is provisional, its final replaces it and lands in the transcript', async ({
  app,
}, testInfo) => {
  await freshSession(app);
  const signer = app.getByRole('region', { name: 'Signer', exact: true });
  const captions = signer.getByRole('list', { name: 'Live captions from signing' });
  const log = app.getByRole('log', { name: 'Conversation transcript' });
  await expect(captions).toHaveAttribute('aria-live', 'polite');

  // Utterances start before their captions arrive.
  const t = Date.now() - 10_000;
  const base = { utteranceId: 'u1', glosses: ['WHERE', 'TRAIN'], t };
  await withClient(async (c) => {
    const r = await c.invoke('debug.sltCaption', {
      ...base,
      kind: 'partial',
      text: 'Where is the',
      confidence: 0.3,
    });
    expect(r.ok).toBe(true);
  });
  const partial = captions.locator('.caption.partial');
  await expect(partial).toContainText('Where is the…');
  await expect(partial).toHaveCSS('font-style', 'italic');
  await expect(signer.locator('.caption-unavailable')).toBeHidden();
  // A partial is not a turn: nothing in the transcript yet.
  await expect(log.locator('.entry')).toHaveCount(0);

  await withClient(async (c) => {
    const r = await c.invoke('debug.sltCaption', {
      ...base,
      kind: 'final',
      text: 'Where is the train?',
      confidence: 0.35,
    });
    expect(r.ok).toBe(true);
  });
  await expect(captions.locator('.caption.partial')).toHaveCount(0);
  const final = captions.locator('.caption.final');
  await expect(final).toHaveCount(1);
  await expect(final).toContainText('Where is the train?');
  await expect(final).not.toContainText('…');
  const mark = final.getByText('unsure', { exact: true });
  await expect(mark).toBeVisible();
  // The reason shows on focus (keyboard) and is the mark's accessible description.
  await mark.focus();
  await expect(final.getByRole('tooltip')).toBeVisible();
  await expect(final.getByRole('tooltip')).toContainText('only 35% confident');
  await expect(mark).toHaveAccessibleDescription(/only 35% confident/);

  const entry = log.locator('.entry.signer');
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('Where is the train?');
  await expect(entry).toContainText('signed');
  await expect(entry).toContainText('WHERE TRAIN');
  await expect(entry.getByText('unsure', { exact: true })).toBeVisible();

  // A confident final carries no mark.
  await withClient((c) =>
    c.invoke('debug.sltCaption', {
      kind: 'final',
      utteranceId: 'u2',
      text: 'Thank you.',
      glosses: ['THANK-YOU'],
      confidence: 0.92,
      t: t + 3000,
    }),
  );
  const confident = captions.locator('.caption.final', { hasText: 'Thank you.' });
  await expect(confident).toBeVisible();
  await expect(confident.getByText('unsure', { exact: true })).toHaveCount(0);

  // The screenshot for the docs: a typed reply and a caption on the signer's side.
  await signer.getByLabel('Your reply').fill('Which platform?');
  await signer.getByLabel('Your reply').press('Enter');
  await expect(log.getByText('Which platform?')).toBeVisible();
  await withClient((c) =>
    c.invoke('debug.sltCaption', {
      kind: 'partial',
      utteranceId: 'u3',
      text: 'Platform',
      glosses: ['PLATFORM'],
      confidence: 0.6,
      t: t + 6000,
    }),
  );
  await expect(captions.locator('.caption.partial')).toContainText('Platform');
  await app.mouse.move(0, 0);
  const a = await signer.boundingBox();
  const b = await app.locator('.panel.transcript').boundingBox();
  expect(a && b).toBeTruthy();
  if (a && b) {
    const shot = testInfo.outputPath('signer-reply.png');
    await app.screenshot({
      path: shot,
      clip: { x: a.x, y: a.y, width: b.x + b.width - a.x, height: Math.max(a.height, b.height) },
    });
    await testInfo.attach('signer-reply', { path: shot, contentType: 'image/png' });
    if (process.env[UPDATE_DOCS_ENV] === '1') fs.copyFileSync(shot, DOCS_SCREENSHOT);
  }
});

test('with the default sign → text pack installed, the signer side waits for signing', async ({
  app,
}) => {
  // models/ase-slt ships with the app: no "not available" note, the caption view waits. The
  // state without any slt pack is covered by test/integration/slt-runtime.test.ts (service
  // state "none") and the note's logic by the signer panel's pack check.
  const manifest = path.join(process.cwd(), 'models', 'ase-slt', 'manifest.json');
  test.skip(!fs.existsSync(manifest), `needs ${manifest}`);
  await expect(app.locator('.caption-waiting')).toBeVisible();
  await expect(app.locator('.caption-unavailable')).toBeHidden();
});
