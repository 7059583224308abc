import { useEffect, useRef, useState } from 'preact/hooks';
import type { AgentSession, ConversationDetail, ProtocolError } from '@parley/sdk/protocol';
import { newClientId, type AgentSocket } from './api.ts';
import { SentimentChart } from './SentimentChart.tsx';

interface Props {
  socket: AgentSocket;
  session: AgentSession;
  detail: ConversationDetail;
  customerTyping: boolean;
  onError: (error: ProtocolError) => void;
}

/** One conversation: the customer first (context, mood, why), then the whole history, then the tools. */
export function ConversationView({ socket, session, detail, customerTyping, onError }: Props) {
  const [draft, setDraft] = useState('');
  const [note, setNote] = useState('');
  const typingSent = useRef(false);
  const mine = detail.state === 'agent' && detail.agentId === session.agent.id;
  const canned = session.canned[detail.language] ?? session.canned[detail.language.split('-')[0]!] ?? session.canned['en'] ?? [];
  const sentiment = detail.messages.flatMap((m) => (m.author.kind !== 'customer' && m.meta?.sentiment !== undefined ? [m.meta.sentiment] : []));
  const id = detail.conversationId;
  const done = (result: { ok: boolean; error?: ProtocolError }) => {
    if (!result.ok && result.error) onError(result.error);
  };

  const setTyping = (typing: boolean) => {
    if (typingSent.current === typing || !mine) return;
    typingSent.current = typing;
    socket.emit('agent:typing', { conversationId: id, typing });
  };
  useEffect(() => () => setTyping(false), [id]);

  const send = async (event: Event) => {
    event.preventDefault();
    const text = draft.trim();
    if (!text) return;
    setTyping(false);
    const result = await socket.emitWithAck('agent:reply', { conversationId: id, clientId: newClientId(), text });
    if (result.ok) setDraft('');
    done(result);
  };
  const addNote = async (event: Event) => {
    event.preventDefault();
    if (!note.trim()) return;
    const result = await socket.emitWithAck('agent:note', { conversationId: id, text: note });
    if (result.ok) setNote('');
    done(result);
  };

  const { customer } = detail;
  return (
    <section class="conversation" aria-label={`Case ${detail.caseNumber}`}>
      <header class="customer">
        <h2>
          {customer.name ?? 'Visitor'} <span class={`tier tier-${customer.tier}`}>{customer.tier}</span>
        </h2>
        <dl>
          <dt>Case</dt>
          <dd>{detail.caseNumber}</dd>
          <dt>State</dt>
          <dd class="state">{detail.state}</dd>
          <dt>Language</dt>
          <dd>{detail.language}</dd>
          <dt>Handoff reason</dt>
          <dd class="reason">{detail.reason ?? '—'}</dd>
          <dt>Identified</dt>
          <dd>{customer.identified ? 'yes' : 'no'}</dd>
          {customer.context.accountState && (
            <>
              <dt>Account</dt>
              <dd>{customer.context.accountState}</dd>
            </>
          )}
          {Object.entries(customer.context.facts ?? {}).map(([k, v]) => (
            <>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </>
          ))}
          <dt>Sentiment</dt>
          <dd>
            <SentimentChart values={sentiment} />
          </dd>
        </dl>
        <div class="actions">
          {detail.state === 'queued' && (
            <button type="button" onClick={async () => done(await socket.emitWithAck('conversation:claim', { conversationId: id }))}>
              Claim
            </button>
          )}
          {mine && (
            <>
              <select
                aria-label="Transfer to"
                onChange={async (e) => {
                  const to = (e.currentTarget as HTMLSelectElement).value;
                  if (to) done(await socket.emitWithAck('conversation:transfer', { conversationId: id, toAgentId: to }));
                }}
              >
                <option value="">Transfer to…</option>
                {session.agents
                  .filter((a) => a.id !== session.agent.id)
                  .map((a) => (
                    <option value={a.id}>{`${a.name} (${a.languages.join(', ')})`}</option>
                  ))}
              </select>
              <button type="button" onClick={async () => done(await socket.emitWithAck('conversation:return', { conversationId: id }))}>
                Return to bot
              </button>
            </>
          )}
          {(mine || detail.state === 'queued') && (
            <button type="button" onClick={async () => done(await socket.emitWithAck('conversation:close', { conversationId: id }))}>
              Close
            </button>
          )}
        </div>
        {detail.rating && <p class="rating">{`Rated ${detail.rating.score}/5${detail.rating.comment ? `: ${detail.rating.comment}` : ''}`}</p>}
      </header>

      <ol class="history">
        {detail.messages.map((m) => (
          <li key={m.id} class={`message from-${m.author.kind}`}>
            <div class="who">
              {m.author.name ?? m.author.kind}
              <time>{new Date(m.at).toLocaleTimeString()}</time>
            </div>
            <p class="text">{m.text}</p>
            {m.meta && (
              <div class="meta">
                {[m.meta.language && `lang ${m.meta.language}`, m.meta.intent && `intent ${m.meta.intent}`, m.meta.confidence !== undefined && `conf ${m.meta.confidence.toFixed(2)}`, m.meta.sentiment !== undefined && `mood ${m.meta.sentiment.toFixed(2)}`]
                  .filter(Boolean)
                  .join(' · ')}
              </div>
            )}
          </li>
        ))}
      </ol>
      {customerTyping && <p class="typing muted">The customer is typing…</p>}

      {mine && (
        <form class="composer" onSubmit={send}>
          <select
            aria-label="Canned response"
            onChange={(e) => {
              const text = (e.currentTarget as HTMLSelectElement).value;
              if (text) setDraft(text);
            }}
          >
            <option value="">Canned responses…</option>
            {canned.map((c) => (
              <option value={c.text}>{c.title}</option>
            ))}
          </select>
          <textarea
            aria-label="Reply to the customer"
            value={draft}
            onInput={(e) => {
              const value = (e.currentTarget as HTMLTextAreaElement).value;
              setDraft(value);
              setTyping(value.length > 0);
            }}
            onBlur={() => setTyping(false)}
          />
          <button type="submit">Send</button>
        </form>
      )}

      <aside class="notes">
        <h3>Internal notes (never shown to the customer)</h3>
        <ul>
          {detail.notes.map((n) => (
            <li key={n.id}>
              <strong>{n.author}</strong>: {n.text}
            </li>
          ))}
        </ul>
        <form onSubmit={addNote}>
          <input aria-label="Internal note" value={note} onInput={(e) => setNote((e.currentTarget as HTMLInputElement).value)} />
          <button type="submit">Add note</button>
        </form>
      </aside>
    </section>
  );
}
