/**
 * Main → renderer events. Payloads are validated against the contract before they leave, and
 * delivered to every transport that subscribed (the Electron window, host WebSocket clients).
 */
import { contract } from '../../shared/ipc/contract';
import type { EventName, PayloadOf } from '../../shared/ipc/contract';
import type { EventChannel } from '../../shared/ipc/define';
import type { Logger } from '../../node/logger';

export type EventSink = (channel: EventName, payload: unknown) => void;

export class EventBus {
  private readonly sinks = new Set<EventSink>();

  constructor(private readonly logger: Logger) {}

  subscribe(sink: EventSink): () => void {
    this.sinks.add(sink);
    return () => this.sinks.delete(sink);
  }

  emit<K extends EventName>(channel: K, payload: PayloadOf<K>): void {
    const parsed = (contract[channel] as EventChannel).payload.safeParse(payload);
    if (!parsed.success) {
      this.logger.log(
        'error',
        `event ${channel} has an invalid payload and was not sent: ${parsed.error.message}`,
      );
      return;
    }
    for (const sink of this.sinks) {
      try {
        sink(channel, parsed.data);
      } catch (e) {
        this.logger.log(
          'warn',
          `event ${channel} could not be delivered: ${e instanceof Error ? e.message : String(e)}`,
        );
      }
    }
  }
}
