import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import { isProtocolError } from '../protocol/error-guard.ts';
import type { ProtocolError } from '../protocol/error.ts';
import { PROTOCOL_VERSION } from '../protocol/version.ts';
import type { ClientToServerEvents, ConversationState, SendAck, ServerMessage, ServerToClientEvents, SessionInfo } from '../protocol/index.ts';
import type { OfflineMessageAck, QueueStatus, RateAck } from '../protocol/handoff.ts';
import { isFatal, isRetryable, ParleyError } from './errors.ts';
import { newClientId, Outbox, type PendingMessage } from './outbox.ts';
import { defaultStorage, type ClientStorage } from './storage.ts';

export type ConnectionStatus = 'idle' | 'connecting' | 'online' | 'reconnecting' | 'offline';

/** Everything a UI needs to draw the conversation, as one immutable value. */
export interface ClientSnapshot {
  status: ConnectionStatus;
  session?: SessionInfo;
  state?: ConversationState;
  /** Stored messages, ordered by sequence number. */
  messages: readonly ServerMessage[];
  /** Written by the customer, not yet acknowledged. */
  pending: readonly PendingMessage[];
  /** The bot or an agent is typing. */
  typing: boolean;
  /** The last refusal from the server; cleared by the next acknowledged action or session. */
  lastError?: ProtocolError;
  /** The latest `queue:status` while waiting for a person: case number, position, honest wait, offline. */
  queue?: QueueStatus;
  /** A person closed the conversation and the server asked for a rating (see `rate`). */
  ratingRequested?: boolean;
}

export interface ParleyClientOptions {
  /** Server origin, e.g. `https://chat.broker.example`. */
  url: string;
  tenant: string;
  /** The customer's locale (BCP 47); the server may reply in the language they write in. */
  locale: string;
  /** Where the visitor token and unsent messages are kept. Default: `localStorage`, else memory. */
  storage?: ClientStorage;
  /** Signed by the broker's back end for a logged-in customer. */
  identityToken?: string;
  /** Passed to socket.io-client (e.g. `transports`, `path`). */
  socket?: Partial<ManagerOptions & SocketOptions>;
}

type Events = {
  change: (snapshot: ClientSnapshot) => void;
  message: (message: ServerMessage) => void;
  error: (error: ProtocolError) => void;
};

/** How long to wait for any acknowledgement before treating the connection as lost. */
const ACK_TIMEOUT_MS = 10_000;

type Acked = Extract<SendAck, { ok: true }>;
type OfflineMessageAcked = Extract<OfflineMessageAck, { ok: true }>;
type RateAcked = Extract<RateAck, { ok: true }>;
type Waiter = { resolve: (ack: Acked) => void; reject: (error: ParleyError) => void };

/**
 * The Parley chat client for browsers and Node: connects, resumes the visitor's conversation,
 * replays what was missed, and sends messages that are never lost (kept until acknowledged).
 *
 * @example
 * const client = new ParleyClient({ url: 'http://localhost:3000', tenant: 'demo', locale: 'en' });
 * client.on('message', (m) => console.log(m.author.kind, m.text));
 * await client.connect();
 * const { seq } = await client.send('How do I withdraw money?');
 */
export class ParleyClient {
  readonly #options: ParleyClientOptions;
  /** Starts as `options.identityToken`; `identify()` changes it. */
  #identityToken: string | undefined;
  readonly #storage: ClientStorage;
  readonly #outbox: Outbox;
  readonly #listeners: { [K in keyof Events]: Set<Events[K]> } = { change: new Set(), message: new Set(), error: new Set() };
  readonly #waiters = new Map<string, Waiter>();
  readonly #messages = new Map<string, ServerMessage>();
  #socket: Socket<ServerToClientEvents, ClientToServerEvents> | undefined;
  #snapshot: ClientSnapshot;
  #lastSeq = 0;
  #flushing = false;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** Counts `conversation:rating-requested` events, so one that overtakes the hello's answer is not reset. */
  #ratingAsks = 0;

  constructor(options: ParleyClientOptions) {
    this.#options = options;
    this.#identityToken = options.identityToken;
    this.#storage = options.storage ?? defaultStorage();
    this.#outbox = new Outbox(this.#storage, this.#key('outbox'));
    this.#snapshot = { status: 'idle', messages: [], pending: this.#outbox.items, typing: false };
  }

  /** The current state of the conversation and connection. */
  snapshot(): ClientSnapshot {
    return this.#snapshot;
  }

  /**
   * Subscribes to `change` (any snapshot change), `message` (a new message, not replayed history) or `error`.
   * @returns a function that unsubscribes.
   * @example const off = client.on('change', (s) => render(s));
   */
  on<K extends keyof Events>(event: K, listener: Events[K]): () => void {
    this.#listeners[event].add(listener);
    return () => this.#listeners[event].delete(listener);
  }

  /**
   * Opens the connection, says hello (resuming the stored visitor), and fetches everything missed.
   * Resolves once the conversation is in sync; afterwards the client reconnects by itself.
   * @example const session = await client.connect(); console.log(session.conversationId);
   */
  connect(): Promise<SessionInfo> {
    if (this.#socket) return this.#whenOnline();
    this.#update({ status: 'connecting' });
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(this.#options.url, {
      auth: { tenant: this.#options.tenant },
      ...this.#options.socket,
    });
    this.#socket = socket;
    socket.on('connect', () => void this.#start());
    socket.on('disconnect', () => this.#update({ status: offline() ? 'offline' : 'reconnecting', typing: false }));
    socket.on('connect_error', (err: Error & { data?: unknown }) => {
      if (isProtocolError(err.data)) this.#fail(err.data);
      else this.#update({ status: offline() ? 'offline' : 'reconnecting' });
    });
    socket.on('message', (message) => this.#receive([message], true));
    socket.on('conversation:state', (change) => {
      this.#lastSeq = Math.max(this.#lastSeq, change.seq);
      this.#update({ state: change.state });
    });
    socket.on('typing', (event) => {
      if (event.author !== 'customer') this.#update({ typing: event.typing });
    });
    socket.on('protocol:error', (error) => this.#report(error));
    socket.on('queue:status', (queue) => this.#update({ queue }));
    socket.on('conversation:rating-requested', () => {
      this.#ratingAsks += 1;
      this.#update({ ratingRequested: true });
    });
    return this.#whenOnline();
  }

  /**
   * Sends a customer message. It is kept (and shown as pending) until the server has stored it,
   * across reconnects and reloads; the promise resolves with the server's id and sequence number.
   * @example const ack = await client.send('Where is my withdrawal?'); // { id, seq, conversationId, duplicate }
   */
  send(text: string): Promise<Acked> {
    const pending: PendingMessage = { clientId: newClientId(), text, createdAt: new Date().toISOString() };
    this.#outbox.add(pending);
    this.#update({ pending: this.#outbox.items });
    const acked = new Promise<Acked>((resolve, reject) => this.#waiters.set(pending.clientId, { resolve, reject }));
    void this.#flush();
    return acked;
  }

  /**
   * The one-tap "talk to a person": the conversation goes to the queue (if the bot had it).
   * @example const state = await client.requestPerson(); // 'queued'
   */
  async requestPerson(): Promise<ConversationState> {
    const socket = this.#socket;
    if (!socket?.connected) throw new ParleyError({ code: 'session_required', message: 'Not connected' });
    const ack = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('conversation:handoff', {});
    if (!ack.ok) throw new ParleyError(ack.error);
    this.#update({ state: ack.state, lastError: undefined });
    return ack.state;
  }

  /**
   * Leaves a message for later when nobody can answer now (`snapshot().queue?.offline`), with an
   * optional e-mail or phone number that only agents see. Resolves with the stored sequence number.
   * @example const { seq } = await client.sendOfflineMessage('Please call me about my withdrawal', 'anna@example.com');
   * @throws {ParleyError} when not connected or the server refuses the message (e.g. `invalid_payload`).
   */
  async sendOfflineMessage(text: string, contact?: string): Promise<OfflineMessageAcked> {
    const ack = await this.#connectedSocket()
      .timeout(ACK_TIMEOUT_MS)
      .emitWithAck('conversation:offline-message', { text, ...(contact ? { contact } : {}) });
    if (!ack.ok) throw new ParleyError(ack.error);
    return this.#accepted(ack);
  }

  /**
   * Rates the conversation 1–5 (with an optional comment) after a person closed it
   * (`snapshot().ratingRequested`). The first rating stands: later ones resolve with `duplicate: true`.
   * @example const { duplicate } = await client.rate(5, 'Sorted in minutes');
   * @throws {ParleyError} when not connected or the server refuses the rating (e.g. a score outside 1–5).
   */
  async rate(score: number, comment?: string): Promise<RateAcked> {
    const ack = await this.#connectedSocket()
      .timeout(ACK_TIMEOUT_MS)
      .emitWithAck('conversation:rate', { score, ...(comment ? { comment } : {}) });
    if (!ack.ok) throw new ParleyError(ack.error);
    return this.#accepted(ack);
  }

  /**
   * Logs the customer in with a token from your back end (see `@parley/sdk/node`), or out with `undefined`,
   * without reconnecting. Logging in mid-conversation moves the anonymous conversation to the customer.
   * Resolves with the session afterwards (undefined while not connected: the token is used on connect).
   * @example const session = await client.identify(await (await fetch('/session/parley-token')).json().then((r) => r.identityToken));
   * @throws {ParleyError} `invalid_token` when the server refuses the token.
   */
  async identify(identityToken: string | undefined): Promise<SessionInfo | undefined> {
    const previous = this.#identityToken;
    const visitor = this.#storage.getItem(this.#key('visitor'));
    this.#identityToken = identityToken;
    if (!this.#socket?.connected) return undefined;
    this.#update({ lastError: undefined });
    await this.#resume();
    const error = this.#snapshot.lastError;
    if (error) {
      // A refused token changes nothing: the server kept the session, and so does this client.
      this.#identityToken = previous;
      if (visitor !== null) this.#storage.setItem(this.#key('visitor'), visitor);
      throw new ParleyError(error);
    }
    return this.#snapshot.session;
  }

  /** Tells the other side whether the customer is typing. */
  setTyping(typing: boolean): void {
    if (this.#snapshot.status === 'online') this.#socket?.emit('typing', { typing });
  }

  /** Disconnects for good. Unsent messages stay in storage for the next client. */
  close(): void {
    clearTimeout(this.#retryTimer);
    this.#socket?.disconnect();
    this.#socket = undefined;
    this.#update({ status: 'idle', typing: false });
  }

  /** Forgets the visitor and unsent messages in this storage (e.g. on logout). */
  forget(): void {
    this.#storage.removeItem(this.#key('visitor'));
    this.#outbox.clear();
    this.#update({ pending: [] });
  }

  #connectedSocket(): Socket<ServerToClientEvents, ClientToServerEvents> {
    const socket = this.#socket;
    if (!socket?.connected) throw new ParleyError({ code: 'session_required', message: 'Not connected' });
    return socket;
  }

  async #start(): Promise<void> {
    try {
      await this.#resume();
    } catch {
      // Timed out mid-handshake: the next 'connect' starts over.
    }
  }

  async #resume(): Promise<void> {
    const socket = this.#socket;
    if (!socket) return;
    const hello = (visitorToken: string | undefined) =>
      socket.timeout(ACK_TIMEOUT_MS).emitWithAck('session:hello', {
        protocol: PROTOCOL_VERSION,
        locale: this.#options.locale,
        ...(visitorToken ? { visitorToken } : {}),
        ...(this.#identityToken ? { identityToken: this.#identityToken } : {}),
      });
    const asks = this.#ratingAsks;
    let ack = await hello(this.#storage.getItem(this.#key('visitor')) ?? undefined);
    if (!ack.ok && ack.error.code === 'invalid_token') {
      // A token from another server secret or tenant: start afresh rather than fail forever.
      this.#storage.removeItem(this.#key('visitor'));
      ack = await hello(undefined);
    }
    if (!ack.ok) return this.#fail(ack.error);
    const { session } = ack;
    if (this.#snapshot.session && this.#snapshot.session.conversationId !== session.conversationId) {
      this.#messages.clear();
      this.#lastSeq = 0;
      // The server follows a hello with the queue status and any rating still owed; in Node both can
      // arrive before this continuation runs, so keep what was sent for the new session.
      const queue = this.#snapshot.queue?.conversationId === session.conversationId ? this.#snapshot.queue : undefined;
      this.#update({ messages: [], queue, ratingRequested: this.#ratingAsks > asks || undefined });
    }
    this.#storage.setItem(this.#key('visitor'), session.visitorToken);
    await this.#sync(socket);
    this.#update({ status: 'online', session, state: this.#snapshot.state ?? session.state, lastError: undefined });
    await this.#flush();
  }

  /** Pages through everything after the last sequence number this client holds. */
  async #sync(socket: Socket<ServerToClientEvents, ClientToServerEvents>): Promise<void> {
    for (;;) {
      const ack = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('conversation:sync', { afterSeq: this.#lastSeq });
      if (!ack.ok) return this.#report(ack.error);
      this.#receive(ack.messages, false);
      this.#update({ state: ack.state });
      if (!ack.hasMore || ack.messages.length === 0) return;
    }
  }

  /** Sends the outbox in order, one at a time, while online. */
  async #flush(): Promise<void> {
    if (this.#flushing) return;
    this.#flushing = true;
    try {
      for (const item of [...this.#outbox.items]) {
        const socket = this.#socket;
        if (!socket?.connected || this.#snapshot.status !== 'online') return;
        // A lost connection drops the ack; the timeout frees the outbox and reconnecting sends again.
        const ack = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('message:send', { clientId: item.clientId, text: item.text });
        if (ack.ok) {
          this.#accepted(ack);
          this.#settle(item.clientId, (w) => w.resolve(ack));
        } else if (isRetryable(ack.error)) {
          const wait = ack.error.code === 'rate_limited' ? ack.error.retryAfterMs : 2000;
          this.#retryTimer = setTimeout(() => void this.#flush(), wait);
          return;
        } else {
          this.#report(ack.error);
          this.#settle(item.clientId, (w) => w.reject(new ParleyError(ack.error)));
        }
      }
    } catch {
      // Timed out: the item stays in the outbox for the next connection.
    } finally {
      this.#flushing = false;
    }
  }

  #settle(clientId: string, action: (waiter: Waiter) => void): void {
    this.#outbox.remove(clientId);
    const waiter = this.#waiters.get(clientId);
    this.#waiters.delete(clientId);
    if (waiter) action(waiter);
    this.#update({ pending: this.#outbox.items });
  }

  #receive(incoming: readonly ServerMessage[], live: boolean): void {
    const fresh = incoming.filter((m) => !this.#messages.has(m.id));
    if (fresh.length === 0) return;
    for (const m of fresh) {
      this.#messages.set(m.id, m);
      this.#lastSeq = Math.max(this.#lastSeq, m.seq);
    }
    const messages = [...this.#messages.values()].sort((a, b) => a.seq - b.seq);
    this.#update({ messages, typing: live ? false : this.#snapshot.typing });
    if (live) for (const m of fresh) for (const listener of this.#listeners.message) listener(m);
  }

  #fail(error: ProtocolError): void {
    this.#report(error);
    if (isFatal(error)) {
      this.#socket?.disconnect();
      this.#update({ status: 'offline' });
    }
  }

  /** An acknowledged action: the last refusal no longer applies, so it leaves the snapshot. */
  #accepted<T>(ack: T): T {
    if (this.#snapshot.lastError) this.#update({ lastError: undefined });
    return ack;
  }

  #report(error: ProtocolError): void {
    this.#update({ lastError: error });
    for (const listener of this.#listeners.error) listener(error);
  }

  #whenOnline(): Promise<SessionInfo> {
    return new Promise((resolve, reject) => {
      const check = (s: ClientSnapshot): boolean => {
        if (s.status === 'online' && s.session) resolve(s.session);
        else if (s.status === 'offline' && s.lastError && isFatal(s.lastError)) reject(new ParleyError(s.lastError));
        else return false;
        return true;
      };
      if (check(this.#snapshot)) return;
      const off = this.on('change', (s) => check(s) && off());
    });
  }

  #update(patch: Partial<ClientSnapshot>): void {
    this.#snapshot = { ...this.#snapshot, ...patch };
    for (const listener of this.#listeners.change) listener(this.#snapshot);
  }

  #key(name: string): string {
    return `parley:${this.#options.tenant}:${name}`;
  }
}

function offline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}
