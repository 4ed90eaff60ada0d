import { describe, expect, it } from 'vitest';
import { contract, EVENT_NAMES, INVOKE_NAMES } from '../../../src/shared/ipc/contract';
import { KindedError } from '../../../src/shared/ipc/result';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings/schema';
import { createDispatch } from '../../../src/main/services/router';
import type { Handlers } from '../../../src/main/services/router';
import { silentLogger } from '../../../src/node/logger';

/** Handlers that fail loudly unless a test overrides them. */
function handlers(overrides: Partial<Handlers>): Handlers {
  const missing = (name: string) => () => {
    throw new Error(`handler ${name} not set in this test`);
  };
  return Object.fromEntries(
    INVOKE_NAMES.map((n) => [n, overrides[n] ?? missing(n)]),
  ) as unknown as Handlers;
}

describe('IPC contract', () => {
  it('declares every channel once, as invoke or event', () => {
    expect(INVOKE_NAMES.length + EVENT_NAMES.length).toBe(Object.keys(contract).length);
    expect(INVOKE_NAMES).toContain('settings.get');
    expect(EVENT_NAMES).toContain('transcript.entry');
  });

  it('refuses unknown settings keys and out-of-range values', () => {
    const req = contract['settings.update'].request;
    expect(req.safeParse({ signingSpeed: 1.5 }).success).toBe(true);
    expect(req.safeParse({ signingSpeed: 9 }).success).toBe(false);
    expect(req.safeParse({ device: 'tpu' }).success).toBe(false);
    expect(req.safeParse({ evil: true }).success).toBe(false);
  });
});

describe('dispatch', () => {
  const settingsGet = () => DEFAULT_SETTINGS;

  it('answers a valid call', async () => {
    const dispatch = createDispatch(handlers({ 'settings.get': settingsGet }), silentLogger);
    const r = await dispatch('settings.get', {});
    expect(r).toEqual({ ok: true, value: DEFAULT_SETTINGS });
  });

  it('refuses an unknown channel with the list of valid ones', async () => {
    const dispatch = createDispatch(handlers({}), silentLogger);
    const r = await dispatch('fs.readFile', { path: '/etc/passwd' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.kind).toBe('invalid-request');
      expect(r.error.message).toContain('settings.get');
    }
  });

  it('refuses a malformed payload before the handler runs, naming the field', async () => {
    let called = false;
    const dispatch = createDispatch(
      handlers({
        'transcript.append': () => {
          called = true;
          throw new Error('unreachable');
        },
      }),
      silentLogger,
    );
    for (const bad of [
      null,
      42,
      'text',
      { side: 'martian', text: 'hi' },
      { side: 'speaker', text: '' },
      { side: 'speaker', text: 'x'.repeat(5000) },
    ]) {
      const r = await dispatch('transcript.append', bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.kind).toBe('invalid-request');
    }
    const r = await dispatch('transcript.append', { side: 'martian', text: 'hi' });
    if (!r.ok) expect(r.error.message).toMatch(/side/);
    expect(called).toBe(false);
  });

  it('keeps the kind of a typed handler error and hides internal ones behind a message', async () => {
    const dispatch = createDispatch(
      handlers({
        'packs.list': () => {
          throw new KindedError('bad-pack', 'pack x is damaged');
        },
        'settings.get': () => {
          throw new TypeError('oops');
        },
      }),
      silentLogger,
    );
    expect(await dispatch('packs.list', {})).toEqual({
      ok: false,
      error: { kind: 'bad-pack', message: 'pack x is damaged' },
    });
    const r = await dispatch('settings.get', {});
    expect(r).toEqual({ ok: false, error: { kind: 'internal', message: 'oops' } });
  });

  it('refuses to send a response that breaks the contract', async () => {
    const dispatch = createDispatch(
      handlers({ 'settings.get': () => ({ ...DEFAULT_SETTINGS, signingSpeed: 99 }) }),
      silentLogger,
    );
    const r = await dispatch('settings.get', {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.kind).toBe('internal');
  });
});
