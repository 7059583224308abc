import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClient, message, translator } from './fake-client.ts';
import { Panel } from './Panel.tsx';

const t = await translator();
afterEach(cleanup);

function setup(props: { open?: boolean; focusOnOpen?: boolean } = {}) {
  const client = new FakeClient();
  let closed = 0;
  const view = render(
    <Panel client={client} t={t} lang="en" dir="ltr" open={props.open ?? true} focusOnOpen={props.focusOnOpen ?? false} onClose={() => (closed += 1)} />,
  );
  const update = (patch: Parameters<FakeClient['update']>[0]) => act(() => client.update(patch));
  return { client, update, view, closes: () => closed };
}

const session = { visitorToken: 'v', conversationId: 'c1', state: 'bot' as const, lastSeq: 0, locale: 'en' };

describe('Panel', () => {
  it('tells the customer about the connection: connecting, reconnecting, offline, then nothing', () => {
    const { update } = setup();
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('Connecting…');
    update({ status: 'online', session });
    expect(status.textContent).toBe('');
    update({ status: 'reconnecting' });
    expect(status.textContent).toBe('Connection lost. Reconnecting…');
    update({ status: 'offline' });
    expect(status.textContent).toBe('You are offline. Messages will be sent when you are back online.');
  });

  it('says the chat is unavailable when the server refuses us for good', () => {
    const { update } = setup();
    update({ status: 'offline', lastError: { code: 'origin_not_allowed', message: 'no' } });
    expect(screen.getByRole('status').textContent).toBe('Chat is unavailable right now.');
  });

  it('sends through the client and shows unacknowledged messages as pending', () => {
    const { client, update } = setup();
    update({ status: 'reconnecting', pending: [{ clientId: 'p1', text: 'Is my withdrawal on its way?', createdAt: '2026-01-05T10:00:00.000Z' }] });
    expect(screen.getByText('Is my withdrawal on its way?').closest('.msg')?.className).toContain('pending');
    fireEvent.input(screen.getByLabelText('Your message'), { target: { value: 'Hello' } });
    fireEvent.keyDown(screen.getByLabelText('Your message'), { key: 'Enter' });
    expect(client.sent).toEqual(['Hello']);
  });

  it('offers the quick replies of the last bot message and sends the chosen one', () => {
    const { client, update } = setup();
    update({
      status: 'online',
      session,
      messages: [message({ text: 'Which account?', quickReplies: [{ label: 'ISA', text: 'My ISA account' }, { label: 'General', text: 'My general account' }] })],
    });
    fireEvent.click(screen.getByRole('button', { name: 'ISA' }));
    expect(client.sent).toEqual(['My ISA account']);
  });

  it('shows when the bot is typing', () => {
    const { update } = setup();
    expect(screen.queryByText('Assistant is typing…')?.closest('[hidden]')).toBeTruthy();
    update({ status: 'online', session, typing: true });
    expect(screen.getByText('Assistant is typing…').closest('[hidden]')).toBeNull();
  });

  it('is a labelled dialog that takes focus on open and closes on Escape', () => {
    const { closes } = setup({ focusOnOpen: true });
    expect(screen.getByRole('dialog', { name: 'Help chat' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Your message'));
    fireEvent.keyDown(screen.getByLabelText('Your message'), { key: 'Escape' });
    expect(closes()).toBe(1);
  });

  it('lets the customer dismiss an error, back to the composer, and shows the next one', () => {
    const { update } = setup();
    update({ status: 'online', session, lastError: { code: 'rate_limited', message: 'Too many events', retryAfterMs: 500 } });
    expect(screen.getByRole('alert').textContent).toBe('You are sending messages too quickly. Please wait a moment.');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.getByRole('alert').textContent).toBe('');
    expect(screen.queryByRole('button', { name: 'Dismiss' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByLabelText('Your message'));
    update({ lastError: { code: 'payload_too_large', message: 'Text is too long', limit: 4000 } });
    expect(screen.getByRole('alert').textContent).toBe('That message is too long.');
  });

  it('does not take focus when restored after a reload', () => {
    setup({ focusOnOpen: false });
    expect(document.activeElement).not.toBe(screen.getByLabelText('Your message'));
  });

  it('inserts the log afresh once the history arrives, so the history is not announced', () => {
    const { update } = setup();
    const before = screen.getByRole('log');
    update({ status: 'online', session, messages: [message({ text: 'Earlier answer' })] });
    const after = screen.getByRole('log');
    expect(after).not.toBe(before);
    expect(after.textContent).toContain('Earlier answer');
  });

  it('while queued shows that a person is coming, with the queue status', () => {
    const { update } = setup();
    update({ status: 'online', session, state: 'queued' });
    expect(screen.getByRole('region', { name: 'A person will be with you soon' })).toBeTruthy();
    update({ queue: { conversationId: 'c1', caseNumber: 'NB-7', position: 2, estimatedWaitMinutes: null, agentsOnline: 0, withinBusinessHours: true, offline: false } });
    expect(screen.getByText('NB-7')).toBeTruthy();
    expect(screen.getByText("We can't estimate the wait right now.")).toBeTruthy();
    update({ state: 'agent' });
    expect(screen.queryByRole('region', { name: 'A person will be with you soon' })).toBeNull();
  });

  it('offers the offline form instead when nobody can answer', async () => {
    const { client, update } = setup();
    const queue = { conversationId: 'c1', caseNumber: 'NB-8', position: 1, estimatedWaitMinutes: null, agentsOnline: 0, withinBusinessHours: false, offline: true };
    update({ status: 'online', session, state: 'queued', queue });
    fireEvent.input(screen.getByLabelText('Message for our team'), { target: { value: 'Call me tomorrow' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send message' }));
    await screen.findByText('Thank you. We received your message and will get back to you.');
    expect(client.offlineMessages).toEqual([{ text: 'Call me tomorrow', contact: undefined }]);
    expect(client.sent).toEqual([]);
  });

  it('keeps what the customer typed in the offline form when someone comes online, and then when a person takes over', () => {
    const { client, update } = setup();
    const queue = { conversationId: 'c1', caseNumber: 'NB-9', position: 1, estimatedWaitMinutes: null, agentsOnline: 0, withinBusinessHours: true, offline: true };
    update({ status: 'online', session, state: 'queued', queue });
    fireEvent.input(screen.getByLabelText('Message for our team'), { target: { value: 'My transfer to IBAN DE12 is missing' } });
    update({ queue: { ...queue, estimatedWaitMinutes: 6, agentsOnline: 1, offline: false } });
    // The queue card appears and the form stays, under a heading that says someone can answer now.
    expect(screen.getByText('NB-9')).toBeTruthy();
    expect(screen.getByRole('form', { name: 'Someone is available now. You can still send your message.' })).toBeTruthy();
    expect((screen.getByLabelText('Message for our team') as HTMLTextAreaElement).value).toBe('My transfer to IBAN DE12 is missing');
    update({ state: 'agent' });
    expect((screen.getByLabelText('Message for our team') as HTMLTextAreaElement).value).toBe('My transfer to IBAN DE12 is missing');
    // With a person on the line it goes as an ordinary message, and the form is done.
    fireEvent.click(screen.getByRole('button', { name: 'Send message' }));
    expect(client.sent).toEqual(['My transfer to IBAN DE12 is missing']);
    expect(client.offlineMessages).toEqual([]);
    expect(screen.queryByLabelText('Message for our team')).toBeNull();
  });

  it('shows no offline form once someone is online unless the customer had typed in it', () => {
    const { update } = setup();
    const queue = { conversationId: 'c1', caseNumber: 'NB-10', position: 1, estimatedWaitMinutes: null, agentsOnline: 0, withinBusinessHours: false, offline: true };
    update({ status: 'online', session, state: 'queued', queue });
    expect(screen.getByRole('form', { name: 'No one is available right now' })).toBeTruthy();
    update({ queue: { ...queue, withinBusinessHours: true, agentsOnline: 1, estimatedWaitMinutes: 6, offline: false } });
    expect(screen.queryByLabelText('Message for our team')).toBeNull();
    expect(screen.getByText('about 6 min')).toBeTruthy();
  });

  it('asks for the rating a reload left owing, though the new conversation is with the bot', () => {
    const { client, update } = setup();
    update({ status: 'online', session: { ...session, conversationId: 'c2' }, state: 'bot', ratingRequested: true });
    fireEvent.click(screen.getByRole('radio', { name: '4 out of 5' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send rating' }));
    expect(client.ratings).toEqual([{ score: 4, comment: undefined }]);
  });

  it('asks for a rating only once the conversation is closed and the server asked', () => {
    const { update } = setup();
    update({ status: 'online', session, state: 'closed' });
    expect(screen.queryByRole('group', { name: 'How would you rate this conversation?' })).toBeNull();
    update({ ratingRequested: true });
    expect(screen.getByRole('group', { name: 'How would you rate this conversation?' })).toBeTruthy();
  });
});
