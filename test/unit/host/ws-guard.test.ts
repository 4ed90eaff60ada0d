import { EventEmitter } from 'node:events';
import type { WebSocket } from 'ws';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { guardClient } from '../../../src/host/ws-guard';
import { CLOSE_GRACE_MS, MAX_UNREAD_REPLY_BYTES } from '../../../src/host/ws-limits';

/** A socket that never drains: everything sent stays in bufferedAmount. */
class StalledSocket extends EventEmitter {
  readonly OPEN = 1;
  readyState = 1;
  bufferedAmount = 0;
  terminated = 0;
  send(text: string) {
    this.bufferedAmount += Buffer.byteLength(text);
  }
  terminate() {
    this.terminated++;
    this.readyState = 3;
  }
}

function guarded() {
  const socket = new StalledSocket();
  const lines: string[] = [];
  const client = guardClient(socket as unknown as WebSocket, 7, { log: (_l, m) => lines.push(m) });
  return { socket, lines, client };
}

describe('host WebSocket client guard', () => {
  afterEach(() => vi.useRealTimers());

  it('drops a client once what it left unread passes the cap, naming the cap', () => {
    const { socket, lines, client } = guarded();
    const reply = 'x'.repeat(400_000);
    let sent = 0;
    while (socket.readyState === socket.OPEN && sent < 1000) {
      client.send(reply);
      sent++;
    }
    expect(socket.terminated).toBe(1);
    expect(socket.bufferedAmount).toBeLessThanOrEqual(MAX_UNREAD_REPLY_BYTES + 2 * reply.length);
    expect(lines).toEqual([expect.stringMatching(`over the .*${MAX_UNREAD_REPLY_BYTES} bytes`)]);
  });

  it('lets one legitimate reply larger than the cap (a user avatar) be followed by small ones', () => {
    const { socket, client } = guarded();
    client.send('a'.repeat(MAX_UNREAD_REPLY_BYTES * 4));
    for (let k = 0; k < 100; k++) client.send('{"t":"event"}');
    expect(socket.terminated).toBe(0);
  });

  it('logs a protocol error once and cuts off a peer that ignores the close frame', () => {
    vi.useFakeTimers();
    const { socket, lines } = guarded();
    socket.emit(
      'error',
      Object.assign(new Error('Invalid WebSocket frame: RSV1 must be clear'), {
        code: 'WS_ERR_UNEXPECTED_RSV_1',
      }),
    );
    expect(lines).toEqual([
      'WebSocket client 7 closed: protocol error: Invalid WebSocket frame: RSV1 must be clear (WS_ERR_UNEXPECTED_RSV_1)',
    ]);
    expect(socket.terminated).toBe(0);
    vi.advanceTimersByTime(CLOSE_GRACE_MS);
    expect(socket.terminated).toBe(1);
  });
});
