/**
 * A broker's back end running Parley inside its own Express app:
 * - mounts Parley (chat, REST API, widget) on the same server,
 * - signs identity tokens for its logged-in customers,
 * - answers Parley's customer-context hook from its "CRM",
 * - adds a pipeline stage of its own,
 * - receives Parley's webhooks and verifies them.
 *
 *   node --import tsx examples/node-backend/server.ts      (PORT=4000 by default)
 */
import { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import express from 'express';
import { signIdentityJwt } from '@parley/sdk/node';
import type { WebhookEvent } from '@parley/sdk/protocol';
import { verifyWebhook, WebhookVerificationError } from '@parley/sdk/webhooks';
import { createParleyServer, type ParleyEmbed } from '@parley/server/embed';

// In production these come from your secret store; never send them to a browser.
const IDENTITY_SECRET = process.env.PARLEY_IDENTITY_SECRET ?? 'dev-identity-secret-change-me-0123456789';
const WEBHOOK_SECRET = process.env.PARLEY_WEBHOOK_SECRET ?? 'dev-webhook-secret-change-me-0123456789';

/** No inline scripts or styles anywhere: the widget needs only its own origin. */
const BROKER_SITE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Stands in for the broker's customer database. */
const CRM: Record<string, { name: string; tier: string; accountState: 'active' | 'restricted' }> = {
  'C-1001': { name: 'Ada Lovelace', tier: 'premium', accountState: 'active' },
  'C-1002': { name: 'Alan Turing', tier: 'standard', accountState: 'restricted' },
};

export interface Backend {
  url: string;
  parley: ParleyEmbed;
  /** Webhooks received and verified so far (a real back end would queue work instead). */
  received: WebhookEvent[];
  /** Emits `webhook` with each verified event. */
  events: EventEmitter<{ webhook: [WebhookEvent] }>;
  /** Messages the custom pipeline stage saw. */
  staged: string[];
  close(): Promise<void>;
}

export async function startBackend(port = Number(process.env.PORT ?? 4000)): Promise<Backend> {
  const received: WebhookEvent[] = [];
  const staged: string[] = [];
  const events = new EventEmitter<{ webhook: [WebhookEvent] }>();
  const app = express();
  let parley: ParleyEmbed | undefined;

  app.use((req, res, next) => (parley ? parley.middleware(req, res, next) : next()));

  // The broker's own site (examples/broker-site) at `/`, under the strict CSP the widget is built for.
  app.use(express.static(fileURLToPath(new URL('../broker-site/', import.meta.url)), { setHeaders: (res) => res.setHeader('Content-Security-Policy', BROKER_SITE_CSP) }));

  // Your login decides who the customer is; here a query parameter stands in for the session.
  app.get('/session/parley-token', async (req, res) => {
    const customerId = String(req.query.customer ?? '');
    if (!CRM[customerId]) return void res.status(401).json({ error: 'not logged in' });
    res.json({ identityToken: await signIdentityJwt(IDENTITY_SECRET, { tenant: 'acme', customerId, name: CRM[customerId].name }) });
  });

  // The raw body is what was signed: parse JSON only after verifying.
  app.post('/webhooks/parley', express.raw({ type: 'application/json' }), (req, res) => {
    try {
      const event = verifyWebhook((req.body as Buffer).toString('utf8'), req.headers, WEBHOOK_SECRET);
      received.push(event);
      res.sendStatus(204);
      events.emit('webhook', event);
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) throw error;
      res.status(400).json({ error: error.reason });
    }
  });

  const server = app.listen(port, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  parley = await createParleyServer({
    secret: process.env.PARLEY_SECRET ?? 'dev-visitor-secret-change-me-0123456789',
    tenants: [
      {
        id: 'acme',
        name: 'Acme Brokers',
        allowedOrigins: ['http://localhost:*', 'http://127.0.0.1:*'],
        identity: { secret: IDENTITY_SECRET },
        webhooks: [{ url: `${url}/webhooks/parley`, secret: WEBHOOK_SECRET }],
      },
    ],
    hooks: {
      getCustomerContext: ({ customerId }) => {
        const customer = CRM[customerId];
        return customer && { tier: customer.tier, accountState: customer.accountState, facts: { name: customer.name } };
      },
      onHandoff: ({ conversationId, customerId }) => console.log(`handoff: ${conversationId} (${customerId ?? 'anonymous'})`),
    },
    stages: [
      {
        position: { after: 'persist' },
        stage: async function recordQuestion(ctx, next) {
          if (ctx.stored) staged.push(ctx.stored.text);
          await next();
        },
      },
    ],
  });
  parley.attach(server);

  return {
    url,
    parley,
    received,
    events,
    staged,
    close: async () => {
      await parley!.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const backend = await startBackend();
  console.log(`Broker back end with Parley on ${backend.url}  (broker site: ${backend.url}/, token: ${backend.url}/session/parley-token?customer=C-1001)`);
}
