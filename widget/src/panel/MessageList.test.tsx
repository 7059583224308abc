import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { message, translator } from './fake-client.ts';
import { MessageList } from './MessageList.tsx';

const t = await translator();
afterEach(cleanup);

/** What a screen reader would announce: nodes added inside the live region after it was in the page. */
function watchAdditions(region: HTMLElement): () => string[] {
  const added: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) added.push(node.textContent ?? '');
  });
  observer.observe(region, { childList: true, subtree: true });
  return () => {
    observer.takeRecords().forEach((r) => r.addedNodes.forEach((n) => added.push(n.textContent ?? '')));
    observer.disconnect();
    return added;
  };
}

describe('MessageList', () => {
  const history = [message({ text: 'Hello! How can I help?' }), message({ text: 'Where is my deposit?', author: { kind: 'customer' }, clientId: 'c-1' })];

  it('is a polite log whose messages carry their author and their own direction', () => {
    render(<MessageList messages={history} pending={[]} t={t} lang="en" />);
    const log = screen.getByRole('log');
    expect(log.getAttribute('aria-live')).toBe('polite');
    expect(log.textContent).toContain('Assistant: Hello! How can I help?');
    expect(log.textContent).toContain('You: Where is my deposit?');
    expect(screen.getByText('Where is my deposit?').getAttribute('dir')).toBe('auto');
  });

  it('announces a new message and none of the history', async () => {
    const { rerender } = render(<MessageList messages={history} pending={[]} t={t} lang="en" />);
    const stop = watchAdditions(screen.getByRole('log'));
    const reply = message({ text: 'Deposits by bank transfer take 1–2 business days.' });
    rerender(<MessageList messages={[...history, reply]} pending={[]} t={t} lang="en" />);
    const added = stop();
    expect(added).toHaveLength(1);
    expect(added[0]).toContain('Deposits by bank transfer');
    expect(added.join()).not.toContain('How can I help');
  });

  it('shows a pending message, then turns it into the stored one in place (announced once)', () => {
    const pending = [{ clientId: 'c-2', text: 'What are the fees?', createdAt: '2026-01-05T10:01:00.000Z' }];
    const { rerender } = render(<MessageList messages={history} pending={pending} t={t} lang="en" />);
    expect(screen.getByText('What are the fees?').closest('.msg')?.textContent).toContain('Sending…');
    const stop = watchAdditions(screen.getByRole('log'));
    // Acknowledged before the server's echo arrives: still shown, no longer pending.
    rerender(<MessageList messages={history} pending={[]} t={t} lang="en" />);
    expect(screen.getByText('What are the fees?').closest('.msg')?.textContent).not.toContain('Sending…');
    const stored = message({ text: 'What are the fees?', author: { kind: 'customer' }, clientId: 'c-2' });
    rerender(<MessageList messages={[...history, stored]} pending={[]} t={t} lang="en" />);
    expect(screen.getAllByText('What are the fees?')).toHaveLength(1);
    expect(stop().filter((text) => text.includes('What are the fees?'))).toEqual([]);
  });
});
