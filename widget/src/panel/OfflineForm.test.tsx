import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClient, translator } from './fake-client.ts';
import { OfflineForm } from './OfflineForm.tsx';

const t = await translator();
afterEach(cleanup);

function setup() {
  const client = new FakeClient();
  render(<OfflineForm client={client} t={t} />);
  const fill = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
  const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Send message' }));
  return { client, fill, submit };
}

describe('OfflineForm', () => {
  it('is a labelled form with a message and an optional contact', () => {
    setup();
    expect(screen.getByRole('form', { name: 'No one is available right now' })).toBeTruthy();
    expect((screen.getByLabelText('Message for our team') as HTMLTextAreaElement).required).toBe(true);
    expect((screen.getByLabelText('E-mail or phone (optional)') as HTMLInputElement).required).toBe(false);
  });

  it('sends the trimmed message and contact, then confirms and moves focus to the confirmation', async () => {
    const { client, fill, submit } = setup();
    fill('Message for our team', '  Please call me about my withdrawal  ');
    fill('E-mail or phone (optional)', ' anna@example.com ');
    submit();
    const confirmation = await screen.findByText('Thank you. We received your message and will get back to you.');
    expect(client.offlineMessages).toEqual([{ text: 'Please call me about my withdrawal', contact: 'anna@example.com' }]);
    expect(confirmation.getAttribute('role')).toBe('status');
    await waitFor(() => expect(document.activeElement).toBe(confirmation));
    expect(screen.queryByRole('button', { name: 'Send message' })).toBeNull();
  });

  it('leaves the contact out when it is blank', async () => {
    const { client, fill, submit } = setup();
    fill('Message for our team', 'Call me');
    submit();
    await screen.findByRole('status');
    expect(client.offlineMessages).toEqual([{ text: 'Call me', contact: undefined }]);
  });

  it('sends nothing without a message', () => {
    const { client, fill, submit } = setup();
    fill('Message for our team', '   ');
    submit();
    expect(client.offlineMessages).toEqual([]);
  });

  it('keeps what was typed and says so when the server refuses', async () => {
    const { client, fill, submit } = setup();
    client.reply = 'error';
    fill('Message for our team', 'Call me');
    submit();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Something went wrong. Please try again.'));
    expect((screen.getByLabelText('Message for our team') as HTMLTextAreaElement).value).toBe('Call me');
  });
});
