import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { WEBHOOK_HEADERS, type WebhookEvent, type WebhookEventType } from '@parley/sdk/protocol';
import { signWebhook } from '@parley/sdk/webhooks';
import { resolveSecret } from '../config/developer-settings.ts';
import type { TenantConfig } from '../config/tenants.ts';
import type { Store } from '../store/store.ts';

/** An event to publish: its type and data, typed together from the protocol. */
export type WebhookInput = { [T in WebhookEventType]: { type: T; data: Extract<WebhookEvent, { type: T }>['data'] } }[WebhookEventType];

export interface Webhooks {
  /**
   * Sends the event to every endpoint of the tenant that subscribed to its type, signed, in the background,
   * retrying failures with exponential backoff. Returns the event as sent (its `id` is the idempotency key).
   */
  publish(tenant: string, input: WebhookInput): WebhookEvent;
  /** Resolves when every delivery started so far has succeeded or given up (tests, graceful shutdown). */
  drain(): Promise<void>;
  /** Stops retrying (on shutdown); deliveries in flight finish, none is attempted again. */
  stop(): void;
}

export interface WebhooksOptions {
  tenants: readonly TenantConfig[];
  store: Pick<Store, 'recordDelivery' | 'wasDelivered'>;
  log: Logger;
  fetch?: typeof fetch;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  /** Attempts per endpoint before giving up (default 8: about 4 minutes of backoff from 1 s). */
  maxAttempts?: number;
  baseDelayMs?: number;
  /** Per-request timeout (default 10 s). */
  timeoutMs?: number;
}

const MAX_DELAY_MS = 3_600_000;

/** Delay before attempt `n + 1` after `n` failures: base · 2^(n−1), capped at an hour. */
export function backoffDelay(failures: number, baseDelayMs: number): number {
  return Math.min(baseDelayMs * 2 ** (failures - 1), MAX_DELAY_MS);
}

export function createWebhooks(options: WebhooksOptions): Webhooks {
  const fetchImpl = options.fetch ?? fetch;
  const now = options.now ?? (() => new Date());
  const sleep = options.sleep ?? ((ms) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref()));
  const maxAttempts = options.maxAttempts ?? 8;
  const baseDelayMs = options.baseDelayMs ?? 1000;
  const endpoints = new Map(
    options.tenants.map((t) => [t.id, t.webhooks.map((w) => ({ url: w.url, secret: resolveSecret(w.secret), events: w.events && new Set(w.events) }))]),
  );
  const running = new Set<Promise<void>>();
  let stopped = false;

  const deliver = async (tenant: string, event: WebhookEvent, url: string, secret: string) => {
    const body = JSON.stringify(event);
    for (let attempt = 1; attempt <= maxAttempts && !stopped; attempt++) {
      if (await options.store.wasDelivered(event.id, url)) return;
      const record = { tenant, eventId: event.id, eventType: event.type, url, attempt };
      try {
        const response = await fetchImpl(url, {
          method: 'POST',
          body,
          redirect: 'manual',
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
          headers: {
            'content-type': 'application/json',
            'user-agent': 'Parley-Webhooks/1',
            [WEBHOOK_HEADERS.signature]: signWebhook(body, secret, Math.floor(now().getTime() / 1000)),
            [WEBHOOK_HEADERS.id]: event.id,
            [WEBHOOK_HEADERS.event]: event.type,
          },
        });
        await response.body?.cancel();
        if (response.ok) return void (await options.store.recordDelivery({ ...record, outcome: 'delivered', statusCode: response.status }));
        await options.store.recordDelivery({ ...record, outcome: 'failed', statusCode: response.status });
      } catch (error) {
        await options.store.recordDelivery({ ...record, outcome: 'failed', error: error instanceof Error ? error.message : String(error) });
      }
      if (attempt < maxAttempts) await sleep(backoffDelay(attempt, baseDelayMs));
    }
    if (!stopped) options.log.warn({ tenant, event: event.id, type: event.type, url }, 'webhook gave up after every attempt');
  };

  return {
    publish(tenant, input) {
      const event = { id: `evt_${randomUUID()}`, tenant, createdAt: now().toISOString(), ...input } as WebhookEvent;
      for (const endpoint of endpoints.get(tenant) ?? []) {
        if (endpoint.events && !endpoint.events.has(event.type)) continue;
        const delivery = deliver(tenant, event, endpoint.url, endpoint.secret).catch((err: unknown) =>
          options.log.error({ err, tenant, event: event.id }, 'webhook delivery failed unexpectedly'),
        );
        running.add(delivery);
        void delivery.finally(() => running.delete(delivery));
      }
      return event;
    },
    async drain() {
      while (running.size > 0) await Promise.all(running);
    },
    stop() {
      stopped = true;
    },
  };
}
