import type { QueueStatus } from '@parley/sdk/protocol';
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { translator } from './fake-client.ts';
import { QueueCard } from './QueueCard.tsx';

const t = await translator();
afterEach(cleanup);

const status = (patch: Partial<QueueStatus> = {}): QueueStatus => ({
  conversationId: 'c1',
  caseNumber: 'NB-2026-0042',
  position: 3,
  estimatedWaitMinutes: 12,
  agentsOnline: 2,
  withinBusinessHours: true,
  offline: false,
  ...patch,
});

/** The card's definition list as [term, description] pairs. */
const rows = () => [...document.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);

describe('QueueCard', () => {
  it('says a person is coming, with case number, place in the queue and the estimate', () => {
    render(<QueueCard queue={status()} t={t} />);
    expect(screen.getByRole('region', { name: 'A person will be with you soon' })).toBeTruthy();
    expect(rows()).toEqual([
      ['Case number', 'NB-2026-0042'],
      ['Your place in the queue', '3'],
      ['Estimated wait', 'about 12 min'],
    ]);
  });

  it('does not invent a wait when the server cannot estimate one', () => {
    render(<QueueCard queue={status({ estimatedWaitMinutes: null, agentsOnline: 0 })} t={t} />);
    expect(rows()[2]).toEqual(['Estimated wait', "We can't estimate the wait right now."]);
  });

  it('shows an estimate of zero minutes as such, not as unknown', () => {
    render(<QueueCard queue={status({ estimatedWaitMinutes: 0, position: 1 })} t={t} />);
    expect(rows()[2]).toEqual(['Estimated wait', 'about 0 min']);
  });

  it('before the first status arrives, only says that a person is coming', () => {
    render(<QueueCard queue={undefined} t={t} />);
    expect(screen.getByRole('heading').textContent).toBe('A person will be with you soon');
    expect(rows()).toEqual([]);
  });

  it('localises the labels', async () => {
    render(<QueueCard queue={status({ estimatedWaitMinutes: null })} t={await translator('ja')} />);
    expect(rows()).toEqual([
      ['ケース番号', 'NB-2026-0042'],
      ['待ち順', '3'],
      ['待ち時間の目安', '現在、待ち時間をお見積りできません。'],
    ]);
  });
});
