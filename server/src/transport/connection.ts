import {
  HandoffRequest,
  Hello,
  PROTOCOL_VERSION,
  RATE_BURST,
  RATE_PER_SECOND,
  SYNC_PAGE_SIZE,
  SyncRequest,
  TypingIn,
  clientEvents,
  type ProtocolError,
  type SendAck,
} from '@parley/sdk/protocol';
import { handOff } from '../handoff/hand-off.ts';
import type { IdentitySessions } from '../identity/sessions.ts';
import { runPipeline, type PipelineDeps } from '../pipeline/index.ts';
import type { VisitorTokens } from '../session/visitor-token.ts';
import { invalidPayload } from './errors.ts';
import { tokenBucket } from './rate-limit.ts';
import { serialByKey } from './serial.ts';
import { conversationRoom, type ParleySocket } from './types.ts';

/** Any event counts against this; floods beyond it are refused, and a socket that keeps flooding is dropped. */
const EVENTS_BURST = 60;
const EVENTS_PER_SECOND = 20;
const REFUSALS_BEFORE_DISCONNECT = 200;

export interface ConnectionDeps extends PipelineDeps {
  tokens: VisitorTokens;
  /** Verified identity; without it every identity token is refused. */
  identity?: IdentitySessions;
  negotiateLocale(requested: string, enabled: readonly string[], fallback: string): string;
  /** Told after each acknowledged hello (the queue sends what the socket missed while away). */
  onSession?: (socket: ParleySocket) => void;
}

type Ack = (result: unknown) => void;

/** Wires one socket's events. Every failure is a typed error to this socket only. */
export function handleConnection(socket: ParleySocket, deps: ConnectionDeps, serial = serialByKey()): void {
  const tenant = socket.data.tenant;
  const events = tokenBucket(EVENTS_BURST, EVENTS_PER_SECOND);
  const messages = tokenBucket(RATE_BURST, RATE_PER_SECOND);
  let refusals = 0;

  const refuse = (ack: Ack | undefined, error: ProtocolError) => (ack ? ack({ ok: false, error }) : socket.emit('protocol:error', error));

  const guarded = (name: string, needsAck: boolean, handler: (payload: unknown, ack: Ack) => Promise<void>) => {
    socket.on(name as 'typing', (async (payload: unknown, maybeAck: unknown) => {
      const ack = typeof maybeAck === 'function' ? (maybeAck as Ack) : undefined;
      const wait = events.take();
      if (wait > 0) {
        if (++refusals > REFUSALS_BEFORE_DISCONNECT) return void socket.disconnect(true);
        return refuse(ack, { code: 'rate_limited', message: 'Too many events', retryAfterMs: wait });
      }
      if (needsAck && !ack) return refuse(undefined, { code: 'invalid_payload', message: `${name} needs an acknowledgement callback`, issues: [] });
      try {
        await handler(payload, ack ?? (() => undefined));
      } catch (err) {
        deps.log.error({ err, event: name, tenant: tenant.id }, 'event handler failed');
        refuse(ack, { code: 'internal', message: 'Internal error' });
      }
    }) as never);
  };

  guarded('session:hello', true, async (payload, ack) => {
    const hello = Hello.safeParse(payload);
    if (!hello.success) return ack({ ok: false, error: invalidPayload(hello.error) });
    if (hello.data.protocol !== PROTOCOL_VERSION) {
      return ack({ ok: false, error: { code: 'unsupported_protocol', message: `This server speaks protocol ${PROTOCOL_VERSION}`, supported: PROTOCOL_VERSION } });
    }
    let visitorId: string | undefined;
    if (hello.data.visitorToken !== undefined) {
      visitorId = deps.tokens.verify(tenant.id, hello.data.visitorToken);
      if (!visitorId) return ack({ ok: false, error: { code: 'invalid_token', message: 'The visitor token is not valid for this tenant' } });
    }
    const issued = deps.tokens.issue(tenant.id, visitorId);
    const locale = deps.negotiateLocale(hello.data.locale, tenant.locales, tenant.defaultLocale);
    let conversation;
    if (hello.data.identityToken !== undefined) {
      // A verified customer: their own conversation (the browser's anonymous one moves to them if they have none).
      const verified = await deps.identity?.open({ tenant, token: hello.data.identityToken, locale, anonymousVisitorId: issued.visitorId });
      if (!verified?.ok) return ack({ ok: false, error: { code: 'invalid_token', message: verified?.message ?? 'Verified identity is not enabled for this tenant' } });
      conversation = verified.conversation;
    } else {
      conversation = await deps.store.openConversation({ tenant: tenant.id, visitorId: issued.visitorId, locale });
    }
    const previous = socket.data.session;
    if (previous) void socket.leave(conversationRoom(tenant.id, previous.conversationId));
    await socket.join(conversationRoom(tenant.id, conversation.id));
    socket.data.session = { visitorId: issued.visitorId, conversationId: conversation.id };
    ack({
      ok: true,
      session: { visitorToken: issued.token, conversationId: conversation.id, state: conversation.state, lastSeq: conversation.lastSeq, locale: conversation.locale },
    });
    deps.onSession?.(socket);
  });

  guarded('message:send', true, async (payload, ack: (result: SendAck) => void) => {
    const session = socket.data.session;
    if (!session) return ack({ ok: false, error: { code: 'session_required', message: 'Send session:hello first' } });
    const wait = messages.take();
    if (wait > 0) return ack({ ok: false, error: { code: 'rate_limited', message: 'Too many messages; slow down', retryAfterMs: wait } });
    await serial(session.conversationId, async () => {
      const conversation = await deps.store.getConversation(tenant.id, session.conversationId);
      if (!conversation) return ack({ ok: false, error: { code: 'session_required', message: 'Conversation not found; say hello again' } });
      let acked = false;
      const once = (result: SendAck) => {
        if (!acked) ack(result);
        acked = true;
      };
      try {
        await runPipeline({ deps, tenant, conversation, raw: payload, ack: once, history: [], replies: [] });
      } finally {
        // A stage that failed before acknowledging must still answer the sender.
        once({ ok: false, error: { code: 'internal', message: 'The message could not be processed' } });
      }
    });
  });

  guarded('conversation:sync', true, async (payload, ack) => {
    const session = socket.data.session;
    if (!session) return ack({ ok: false, error: { code: 'session_required', message: 'Send session:hello first' } });
    const request = SyncRequest.safeParse(payload);
    if (!request.success) return ack({ ok: false, error: invalidPayload(request.error) });
    const page = await deps.store.messagesAfter(tenant.id, session.conversationId, request.data.afterSeq, SYNC_PAGE_SIZE + 1);
    const conversation = await deps.store.getConversation(tenant.id, session.conversationId);
    ack({ ok: true, messages: page.slice(0, SYNC_PAGE_SIZE), hasMore: page.length > SYNC_PAGE_SIZE, state: conversation?.state ?? 'bot' });
  });

  guarded('conversation:handoff', true, async (payload, ack) => {
    const session = socket.data.session;
    if (!session) return ack({ ok: false, error: { code: 'session_required', message: 'Send session:hello first' } });
    const request = HandoffRequest.safeParse(payload);
    if (!request.success) return ack({ ok: false, error: invalidPayload(request.error) });
    await serial(session.conversationId, async () => {
      const conversation = await deps.store.getConversation(tenant.id, session.conversationId);
      if (!conversation) return ack({ ok: false, error: { code: 'session_required', message: 'Conversation not found; say hello again' } });
      if (conversation.state === 'closed') return ack({ ok: false, error: { code: 'conversation_closed', message: 'This conversation is closed' } });
      // Already with a person or waiting for one: asking again changes nothing.
      if (conversation.state === 'bot') {
        await handOff({ ...deps, tenant, conversation, reason: 'asked_for_person', lang: conversation.locale });
      }
      ack({ ok: true, state: conversation.state === 'bot' ? 'queued' : conversation.state });
    });
  });

  guarded('typing', false, async (payload) => {
    const session = socket.data.session;
    const typing = TypingIn.safeParse(payload);
    if (!session || !typing.success) return;
    socket.to(conversationRoom(tenant.id, session.conversationId)).emit('typing', { author: 'customer', typing: typing.data.typing });
  });

  socket.onAny((event: string, ...args: unknown[]) => {
    if (event in clientEvents) return;
    const ack = args.at(-1);
    refuse(typeof ack === 'function' ? (ack as Ack) : undefined, { code: 'invalid_payload', message: `Unknown event "${event}"`, issues: [] });
  });
}
