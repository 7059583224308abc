import bcrypt from 'bcryptjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { AGENT_NAMESPACE, type AgentClientToServerEvents, type AgentServerToClientEvents, type SlaBreach } from '@parley/sdk/protocol';
import type { WebhookEvent } from '@parley/sdk/webhooks';
import { postgresAvailability, startPostgres, type TestPostgres } from '../support/postgres.ts';
import { redisAvailable, startRedis, type TestRedis } from '../support/redis.ts';
import { sdkClient } from '../support/client.ts';
import { startServer, writeTenantsFile, type TestServer } from '../support/server.ts';
import { WEBHOOK_SECRET, webhookReceiver } from './api-harness.ts';

// First-response SLA breaches across two processes sharing PostgreSQL and Redis. The SLA is configured in
// seconds (0.05 minutes) because these are real processes on the system clock; the test awaits events only.
const ready = postgresAvailability().available && redisAvailable();
const PASSWORD = 'correct horse battery';

type AgentSocket = Socket<AgentServerToClientEvents, AgentClientToServerEvents>;

describe.skipIf(!ready)('SLA breaches with two server processes on PostgreSQL + Redis', () => {
  let postgres: TestPostgres;
  let redis: TestRedis;
  let receiver: Awaited<ReturnType<typeof webhookReceiver>>;
  let one: TestServer;
  let two: TestServer;
  const agents: AgentSocket[] = [];

  beforeAll(async () => {
    [postgres, redis, receiver] = await Promise.all([startPostgres(), startRedis(), webhookReceiver()]);
    const configPath = writeTenantsFile([
      {
        id: 'acme',
        name: 'Acme Brokers',
        allowedOrigins: ['*'],
        agents: [{ id: 'alex', name: 'Alex', username: 'alex', passwordHash: bcrypt.hashSync(PASSWORD, 4), languages: ['en'] }],
        sla: { standard: { firstResponseMinutes: 0.05, priority: 0 } },
        webhooks: [{ url: receiver.url, secret: WEBHOOK_SECRET, events: ['sla.breached'] }],
      },
    ]);
    const env = { DATABASE_URL: await postgres.createDatabase('parley_sla'), REDIS_URL: redis.url, PARLEY_SECRET: 'shared-test-secret' };
    one = await startServer({ configPath, env });
    two = await startServer({ configPath, env });
  });
  afterAll(async () => {
    for (const agent of agents) agent.disconnect();
    await one?.[Symbol.asyncDispose]();
    await two?.[Symbol.asyncDispose]();
    await receiver?.close();
    await redis?.stop();
    await postgres?.stop();
  });

  /** An agent signed in on one process, recording every SLA alert it receives. */
  async function agentOn(server: TestServer): Promise<{ alerts: SlaBreach[]; next(conversationId: string): Promise<SlaBreach> }> {
    const response = await fetch(`${server.url}/agent/api/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenant: 'acme', username: 'alex', password: PASSWORD }),
    });
    const body = (await response.json()) as { ok: true; session: { token: string } };
    const socket: AgentSocket = io(`${server.url}${AGENT_NAMESPACE}`, { auth: { token: body.session.token }, transports: ['websocket'], forceNew: true, reconnection: false });
    agents.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    const alerts: SlaBreach[] = [];
    socket.on('sla:breach', (breach) => alerts.push(breach));
    return {
      alerts,
      next: (conversationId) =>
        new Promise((resolve) => {
          const seen = alerts.find((b) => b.conversationId === conversationId);
          if (seen) return resolve(seen);
          const listener = (b: SlaBreach) => b.conversationId === conversationId && (socket.off('sla:breach', listener), resolve(b));
          socket.on('sla:breach', listener);
        }),
    };
  }

  /** A customer on `server` asks for a person; resolves with the queued conversation. */
  async function queuedOn(server: TestServer): Promise<string> {
    using client = sdkClient(server.url, { tenant: 'acme' });
    const { conversationId } = await client.connect();
    expect(await client.requestPerson()).toBe('queued');
    return conversationId;
  }

  const breachedWebhook = (conversationId: string) => (e: WebhookEvent) => e.type === 'sla.breached' && e.data.conversationId === conversationId;
  const webhooksFor = (conversationId: string) => receiver.events.filter(breachedWebhook(conversationId));

  it('sends one webhook and one console alert per agent although both processes watch the conversation', async () => {
    const [onOne, onTwo] = await Promise.all([agentOn(one), agentOn(two)]);
    const first = await queuedOn(one);
    expect((await receiver.next(breachedWebhook(first))).data).toMatchObject({ conversationId: first, tier: 'standard' });
    expect(await onOne.next(first)).toMatchObject({ conversationId: first, tier: 'standard' });
    expect(await onTwo.next(first)).toMatchObject({ conversationId: first, tier: 'standard' });

    // Both processes' timers for `first` fell due together. A conversation queued only now breaches one
    // whole SLA later, so once its webhook and alerts are in, any repeat for `first` would be in too.
    const second = await queuedOn(two);
    await receiver.next(breachedWebhook(second));
    await Promise.all([onOne.next(second), onTwo.next(second)]);
    expect(webhooksFor(first)).toHaveLength(1);
    expect(onOne.alerts.filter((b) => b.conversationId === first)).toHaveLength(1);
    expect(onTwo.alerts.filter((b) => b.conversationId === first)).toHaveLength(1);
    expect(receiver.rejected).toEqual([]);
  });

  it('still breaches when the process that queued the conversation is killed before it falls due', async () => {
    const onTwo = await agentOn(two);
    const orphan = await queuedOn(one);
    await one.stop('SIGKILL');
    expect((await receiver.next(breachedWebhook(orphan))).data).toMatchObject({ conversationId: orphan, tier: 'standard' });
    expect(await onTwo.next(orphan)).toMatchObject({ conversationId: orphan, tier: 'standard' });
    expect(webhooksFor(orphan)).toHaveLength(1);
  });
});
