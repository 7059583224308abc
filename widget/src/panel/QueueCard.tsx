import type { QueueStatus } from '@parley/sdk/protocol';
import type { Translate } from './types.ts';

/**
 * While the conversation waits for a person: that someone is coming, the case number, the place in
 * the queue and the server's wait estimate — or plainly that nobody can estimate it right now.
 */
export function QueueCard({ queue, t }: { queue: QueueStatus | undefined; t: Translate }) {
  const minutes = queue?.estimatedWaitMinutes;
  return (
    <section class="card queue" aria-labelledby="parley-queue-title">
      <h3 id="parley-queue-title">{t('queue.title')}</h3>
      {queue && (
        // Polite, so a new position or estimate is read out without interrupting the customer.
        <dl aria-live="polite">
          <dt>{t('queue.case')}</dt>
          <dd>{queue.caseNumber}</dd>
          <dt>{t('queue.position')}</dt>
          <dd>{queue.position}</dd>
          <dt>{t('queue.wait')}</dt>
          <dd>{minutes == null ? t('queue.noEstimate') : t('queue.minutes', { minutes })}</dd>
        </dl>
      )}
    </section>
  );
}
