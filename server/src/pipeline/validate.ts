import { CustomerMessage, MAX_PAYLOAD_BYTES, MAX_TEXT_CHARS } from '@parley/sdk/protocol';
import type { Stage } from './compose.ts';
import type { MessageContext } from './context.ts';
import { invalidPayload } from '../transport/errors.ts';

/** Stage 1: the raw payload becomes a typed `CustomerMessage`, or the sender gets a typed error and nothing else happens. */
export const validate: Stage<MessageContext> = async (ctx, next) => {
  const size = jsonSize(ctx.raw);
  if (size > MAX_PAYLOAD_BYTES) {
    return ctx.ack({ ok: false, error: { code: 'payload_too_large', message: `Payload is ${size} bytes; the limit is ${MAX_PAYLOAD_BYTES}`, limit: MAX_PAYLOAD_BYTES } });
  }
  const text = (ctx.raw as { text?: unknown } | null)?.text;
  if (typeof text === 'string' && text.length > MAX_TEXT_CHARS) {
    return ctx.ack({ ok: false, error: { code: 'payload_too_large', message: `Text is ${text.length} characters; the limit is ${MAX_TEXT_CHARS}`, limit: MAX_TEXT_CHARS } });
  }
  const parsed = CustomerMessage.safeParse(ctx.raw);
  if (!parsed.success) return ctx.ack({ ok: false, error: invalidPayload(parsed.error) });
  if (ctx.conversation.state === 'closed') {
    return ctx.ack({ ok: false, error: { code: 'conversation_closed', message: 'This conversation is closed; say hello again to start a new one' } });
  }
  ctx.message = parsed.data;
  await next();
};

function jsonSize(value: unknown): number {
  try {
    return Buffer.byteLength(JSON.stringify(value) ?? '');
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
