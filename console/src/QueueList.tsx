import type { QueueItem, QueueSnapshot } from '@parley/sdk/protocol';

/** Minutes:seconds, negative once overdue. */
function clock(ms: number): string {
  const sign = ms < 0 ? '−' : '';
  const s = Math.floor(Math.abs(ms) / 1000);
  return `${sign}${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function QueueList(props: { queue: QueueSnapshot | undefined; now: number; me: string; selected?: string; onOpen: (id: string) => void }) {
  const items = props.queue?.items ?? [];
  if (items.length === 0) return <p class="muted">Nobody is waiting.</p>;
  return (
    <table class="queue">
      <thead>
        <tr>
          <th>Case</th>
          <th>Tier</th>
          <th>Waiting</th>
          <th>Lang</th>
          <th>Reason</th>
          <th>Skill</th>
          <th>SLA</th>
          <th>Owner</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item: QueueItem) => {
          const dueIn = item.slaDueAt ? Date.parse(item.slaDueAt) - props.now : undefined;
          return (
            <tr
              key={item.conversationId}
              class={[item.conversationId === props.selected ? 'selected' : '', item.breached || (dueIn ?? 1) <= 0 ? 'breached' : ''].join(' ')}
              data-conversation={item.conversationId}
              onClick={() => props.onOpen(item.conversationId)}
            >
              <td>
                <button type="button" class="link">
                  {item.caseNumber}
                </button>
                {item.customerName && <div class="muted">{item.customerName}</div>}
              </td>
              <td>
                <span class={`tier tier-${item.tier}`}>{item.tier}</span>
              </td>
              <td>{clock(props.now - Date.parse(item.queuedAt))}</td>
              <td>{item.language}</td>
              <td class="reason">{item.reason}</td>
              <td class="skill">{item.skill ?? '—'}</td>
              <td class="sla">{dueIn === undefined ? 'answered' : clock(dueIn)}</td>
              <td>{item.agentId ?? (item.routedTo === props.me ? 'for you' : 'waiting')}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
