/**
 * The Parley wire protocol: every event in both directions, as zod/mini schemas.
 * Client, widget and server all take their types from here.
 * @module
 */
import type * as z from 'zod/mini';
import { ProtocolError } from './error.ts';
import { CustomerMessage, SendAck, ServerMessage, TypingIn, TypingOut } from './message.ts';
import { OfflineMessageAck, OfflineMessageRequest, QueueStatus, RateAck, RateRequest, RatingRequested } from './handoff.ts';
import { HandoffAck, HandoffRequest, Hello, HelloAck, StateChange, SyncAck, SyncRequest } from './session.ts';

export * from './common.ts';
export * from './error.ts';
export * from './error-guard.ts';
export * from './handoff.ts';
export * from './limits.ts';
export * from './message.ts';
export * from './session.ts';
export * from './version.ts';
export * from './identity.ts';
export * from './webhook.ts';
export * from './api.ts';
export * from './tenant-display.ts';
// The agent console's schemas: import from here, tree-shaken out of the widget (nothing uses them there).
export * from './agent.ts';


/** Client → server events: payload schema, and the ack schema when the event is acknowledged. */
export const clientEvents = {
  'session:hello': { payload: Hello, ack: HelloAck },
  'message:send': { payload: CustomerMessage, ack: SendAck },
  'conversation:sync': { payload: SyncRequest, ack: SyncAck },
  'conversation:handoff': { payload: HandoffRequest, ack: HandoffAck },
  'conversation:offline-message': { payload: OfflineMessageRequest, ack: OfflineMessageAck },
  'conversation:rate': { payload: RateRequest, ack: RateAck },
  typing: { payload: TypingIn, ack: undefined },
} as const;

/** Server → client events. */
export const serverEvents = {
  message: ServerMessage,
  'conversation:state': StateChange,
  typing: TypingOut,
  'queue:status': QueueStatus,
  'conversation:rating-requested': RatingRequested,
  'protocol:error': ProtocolError,
} as const;

type ClientEventMap = typeof clientEvents;
export type ClientEventName = keyof ClientEventMap;

/** socket.io event map for what clients emit (payloads typed by `z.input`, acks by `z.infer`). */
export type ClientToServerEvents = {
  [K in ClientEventName]: ClientEventMap[K]['ack'] extends z.ZodMiniType
    ? (payload: z.input<ClientEventMap[K]['payload']>, ack: (result: z.infer<ClientEventMap[K]['ack']>) => void) => void
    : (payload: z.input<ClientEventMap[K]['payload']>) => void;
};

/** socket.io event map for what the server emits. */
export type ServerToClientEvents = {
  [K in keyof typeof serverEvents]: (payload: z.infer<(typeof serverEvents)[K]>) => void;
};
