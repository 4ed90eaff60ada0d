import type { z } from 'zod';

/** A request/response channel: the renderer invokes, main answers with a Result. */
export interface InvokeChannel<
  Req extends z.ZodType = z.ZodType,
  Res extends z.ZodType = z.ZodType,
> {
  readonly kind: 'invoke';
  readonly request: Req;
  readonly response: Res;
}

/** A main → renderer event: validated by main before it is sent. */
export interface EventChannel<P extends z.ZodType = z.ZodType> {
  readonly kind: 'event';
  readonly payload: P;
}

export const invoke = <Req extends z.ZodType, Res extends z.ZodType>(
  request: Req,
  response: Res,
): InvokeChannel<Req, Res> => ({ kind: 'invoke', request, response });

export const event = <P extends z.ZodType>(payload: P): EventChannel<P> => ({
  kind: 'event',
  payload,
});
