/**
 * Dispatches invoke calls from any transport (Electron IPC, host WebSocket) to typed handlers.
 * Every request is parsed against the contract before a handler sees it; every response is
 * checked on the way out; whatever goes wrong comes back as a typed error, never a crash.
 */
import { contract, INVOKE_NAMES, isInvokeName } from '../../shared/ipc/contract';
import type { InvokeName, ParsedRequestOf, ResponseOf } from '../../shared/ipc/contract';
import type { InvokeChannel } from '../../shared/ipc/define';
import { err, ok, toIpcError } from '../../shared/ipc/result';
import type { Result } from '../../shared/ipc/result';
import type { Logger } from '../../node/logger';
import { invalidValueMessage } from '../../shared/errors/invalid';

export type Handlers = {
  [K in InvokeName]: (request: ParsedRequestOf<K>) => Promise<ResponseOf<K>> | ResponseOf<K>;
};

export type Dispatch = (channel: unknown, payload: unknown) => Promise<Result<unknown>>;

/** Zod issues as one line: `path: message; path: message`. */
export function formatIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): string {
  return issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ');
}

export function createDispatch(handlers: Handlers, logger: Logger): Dispatch {
  return async (channel, payload) => {
    if (!isInvokeName(channel)) {
      return err(
        'invalid-request',
        invalidValueMessage('channel', channel, INVOKE_NAMES, 'is unknown'),
      );
    }
    const def = contract[channel] as InvokeChannel;
    const parsed = def.request.safeParse(payload ?? {});
    if (!parsed.success)
      return err('invalid-request', `${channel}: ${formatIssues(parsed.error.issues)}`);
    let value: unknown;
    try {
      const handler = handlers[channel] as (r: unknown) => unknown;
      value = await handler(parsed.data);
    } catch (e) {
      const error = toIpcError(e);
      if (error.kind === 'internal')
        logger.log(
          'error',
          `${channel} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
        );
      return { ok: false, error };
    }
    const out = def.response.safeParse(value);
    if (!out.success) {
      logger.log(
        'error',
        `${channel} produced an invalid response: ${formatIssues(out.error.issues)}`,
      );
      return err('internal', `${channel} produced an invalid response`);
    }
    return ok(out.data);
  };
}
