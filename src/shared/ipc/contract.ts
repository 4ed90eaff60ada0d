/**
 * THE IPC contract: every channel between renderer and main, with its zod schemas.
 * The preload API, main's router and the host-mode WebSocket bridge are all derived from
 * this table, so a channel is declared once and every payload is validated at the boundary.
 * Channel groups live in ./channels, one file per concern.
 */
import type { z } from 'zod';
import type { EventChannel, InvokeChannel } from './define';
import { appChannels } from './channels/app';
import { packChannels } from './channels/packs';
import { perceptionChannels } from './channels/perception';
import { slpChannels } from './channels/slp';
import { sltChannels } from './channels/slt';
import { speechChannels } from './channels/speech';
import { transcriptChannels } from './channels/transcript';

export const contract = {
  ...appChannels,
  ...transcriptChannels,
  ...packChannels,
  ...perceptionChannels,
  ...speechChannels,
  ...slpChannels,
  ...sltChannels,
} as const;

export type Contract = typeof contract;

export type InvokeName = {
  [K in keyof Contract]: Contract[K] extends InvokeChannel ? K : never;
}[keyof Contract];
export type EventName = {
  [K in keyof Contract]: Contract[K] extends EventChannel ? K : never;
}[keyof Contract];

export type RequestOf<K extends InvokeName> =
  Contract[K] extends InvokeChannel<infer Req, z.ZodType> ? z.input<Req> : never;
export type ResponseOf<K extends InvokeName> =
  Contract[K] extends InvokeChannel<z.ZodType, infer Res> ? z.output<Res> : never;
/** The request after parsing (defaults applied), as handlers see it. */
export type ParsedRequestOf<K extends InvokeName> =
  Contract[K] extends InvokeChannel<infer Req, z.ZodType> ? z.output<Req> : never;
export type PayloadOf<K extends EventName> =
  Contract[K] extends EventChannel<infer P> ? z.output<P> : never;

export const INVOKE_NAMES = Object.keys(contract).filter(
  (k) => contract[k as keyof Contract].kind === 'invoke',
) as InvokeName[];
export const EVENT_NAMES = Object.keys(contract).filter(
  (k) => contract[k as keyof Contract].kind === 'event',
) as EventName[];

export function isInvokeName(name: unknown): name is InvokeName {
  return typeof name === 'string' && (INVOKE_NAMES as string[]).includes(name);
}
export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (EVENT_NAMES as string[]).includes(name);
}
