import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { act } from 'preact/test-utils';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClient, translator } from './fake-client.ts';
import { Panel } from './Panel.tsx';

const t = await translator();
afterEach(cleanup);
const session = { visitorToken: 'v', conversationId: 'c1', state: 'bot' as const, lastSeq: 0, locale: 'en' };

function setup(initial: boolean) {
  const client = new FakeClient();
  const changes: boolean[] = [];
  function Host() {
    const [simple, setSimple] = useState(initial);
    return (
      <Panel
        client={client}
        t={t}
        lang="en"
        dir="ltr"
        open
        focusOnOpen={false}
        onClose={() => undefined}
        simple={simple}
        onSimpleChange={(next) => {
          changes.push(next);
          setSimple(next);
        }}
      />
    );
  }
  const view = render(<Host />);
  act(() => client.update({ status: 'online', session, state: 'bot' }));
  return { client, changes, view };
}

describe('simple mode', () => {
  it('is one tap away, as a toggle button that says whether it is on', () => {
    const { changes, view } = setup(false);
    const toggle = screen.getByRole('button', { name: 'Simple mode' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(screen.queryByRole('button', { name: 'Talk to a person' })).toBeNull();
    fireEvent.click(toggle);
    expect(changes).toEqual([true]);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(view.container.querySelector('.panel')?.classList.contains('simple')).toBe(true);
  });

  it('always shows "talk to a person", which asks for one and then gives way to the queue', async () => {
    const { client } = setup(true);
    const person = screen.getByRole('button', { name: 'Talk to a person' });
    await act(async () => {
      fireEvent.click(person);
    });
    expect(client.personRequests).toBe(1);
    expect(screen.queryByRole('button', { name: 'Talk to a person' })).toBeNull();
    expect(screen.getByText('Waiting for an agent…')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'A person will be with you soon' })).toBeTruthy();
  });

  it('keeps the rating usable: large radio buttons inside the simple panel', async () => {
    const { client, view } = setup(true);
    act(() => client.update({ state: 'closed', ratingRequested: true }));
    fireEvent.click(screen.getByRole('radio', { name: '3 out of 5' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send rating' }));
    await screen.findByText('Thank you for your feedback!');
    expect(client.ratings).toEqual([{ score: 3, comment: undefined }]);
    expect(view.container.querySelector('.panel.simple .card.rating')).toBeTruthy();
  });
});
