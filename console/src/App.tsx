import { useEffect, useRef, useState } from 'preact/hooks';
import type { AgentSession, ConversationDetail, ProtocolError, QueueSnapshot, SlaBreach } from '@parley/sdk/protocol';
import { connectAgent, keepSession, storedSession, type AgentSocket } from './api.ts';
import { ConversationView } from './ConversationView.tsx';
import { QueueList } from './QueueList.tsx';
import { SignIn } from './SignIn.tsx';

/** Ticks once a second, corrected by the server's clock so every agent sees the same countdowns. */
function useServerNow(queue: QueueSnapshot | undefined): number {
  const [offset, setOffset] = useState(0);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (queue) setOffset(Date.parse(queue.serverNow) - Date.now());
  }, [queue]);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now + offset;
}

export function App() {
  const [session, setSession] = useState<AgentSession | undefined>(storedSession);
  const [socket, setSocket] = useState<AgentSocket>();
  const [queue, setQueue] = useState<QueueSnapshot>();
  const [detail, setDetail] = useState<ConversationDetail>();
  const [alerts, setAlerts] = useState<SlaBreach[]>([]);
  const [error, setError] = useState<string>();
  const [customerTyping, setCustomerTyping] = useState(false);
  const now = useServerNow(queue);
  // Opens a conversation on the current socket; set while connected.
  const openRef = useRef<(conversationId: string) => Promise<void>>(undefined);

  const signOut = () => {
    keepSession(undefined);
    setSession(undefined);
  };

  useEffect(() => {
    if (!session) return;
    const s = connectAgent(session);
    setSocket(s);
    let openId: string | undefined;
    const open = async (conversationId: string) => {
      const result = await s.emitWithAck('conversation:open', { conversationId });
      if (!result.ok) return setError(result.error.message);
      openId = conversationId;
      setCustomerTyping(false);
      setDetail(result.detail);
    };
    openRef.current = open;
    s.on('connect_error', (err: Error & { data?: ProtocolError }) => {
      if (err.data?.code === 'unauthorized') signOut();
      else setError(err.message);
    });
    s.on('connect', async () => {
      setError(undefined);
      const list = await s.emitWithAck('queue:list', {});
      if (list.ok) setQueue(list.queue);
      if (openId) await open(openId);
    });
    s.on('queue:update', setQueue);
    s.on('sla:breach', (breach) => setAlerts((a) => [breach, ...a].slice(0, 5)));
    s.on('conversation:message', (m) => setDetail((d) => (d && d.conversationId === m.conversationId && !d.messages.some((x) => x.id === m.id) ? { ...d, messages: [...d.messages, m] } : d)));
    s.on('conversation:note', (n) => setDetail((d) => (d && d.conversationId === n.conversationId ? { ...d, notes: [...d.notes, n] } : d)));
    s.on('conversation:rated', (r) => setDetail((d) => (d && d.conversationId === r.conversationId ? { ...d, rating: { score: r.score, ...(r.comment ? { comment: r.comment } : {}) } } : d)));
    s.on('conversation:state', (change) => {
      if (change.conversationId === openId) void open(change.conversationId);
    });
    s.on('typing', (t) => {
      if (t.conversationId === openId && t.author === 'customer') setCustomerTyping(t.typing);
    });
    return () => {
      s.disconnect();
      setSocket(undefined);
    };
  }, [session]);

  if (!session) {
    return (
      <SignIn
        onSignedIn={(s) => {
          keepSession(s);
          setSession(s);
        }}
      />
    );
  }
  return (
    <div class="console">
      <header class="top">
        <strong>Parley</strong>
        <span>{`${session.agent.name} · ${session.agent.languages.join(', ')}`}</span>
        <span class="muted">{queue ? `${queue.agentsOnline} online` : 'connecting…'}</span>
        <button type="button" onClick={signOut}>
          Sign out
        </button>
      </header>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {alerts.map((a) => (
        <p role="alert" class="sla-alert" key={`${a.conversationId}-${a.dueAt}`}>
          {`SLA breached: case ${a.caseNumber} (${a.tier}) had no answer by ${new Date(a.dueAt).toLocaleTimeString()}`}
        </p>
      ))}
      <main>
        <section class="queue-pane" aria-label="Queue">
          <h2>Queue</h2>
          <QueueList queue={queue} now={now} me={session.agent.id} {...(detail ? { selected: detail.conversationId } : {})} onOpen={(id) => void openRef.current?.(id)} />
        </section>
        {detail && socket ? (
          <ConversationView socket={socket} session={session} detail={detail} customerTyping={customerTyping} onError={(e) => setError(e.message)} />
        ) : (
          <p class="muted">Pick a conversation from the queue.</p>
        )}
      </main>
    </div>
  );
}
