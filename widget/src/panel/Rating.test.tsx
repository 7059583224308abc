import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClient, translator } from './fake-client.ts';
import { Rating } from './Rating.tsx';

const t = await translator();
afterEach(cleanup);

function setup() {
  const client = new FakeClient();
  render(<Rating client={client} t={t} />);
  const send = () => screen.getByRole('button', { name: 'Send rating' }) as HTMLButtonElement;
  return { client, send };
}

describe('Rating', () => {
  it('is a labelled group of five radio buttons, each named for screen readers', () => {
    setup();
    const group = screen.getByRole('group', { name: 'How would you rate this conversation?' });
    const radios = screen.getAllByRole('radio');
    expect(radios.every((radio) => group.contains(radio))).toBe(true);
    expect(radios.map((radio) => radio.closest('label')?.textContent)).toEqual([1, 2, 3, 4, 5].map((n) => `${n}${n} out of 5`));
    expect(screen.getByRole('radio', { name: '5 out of 5' })).toBe(radios[4]);
    // One name shared by all: a single tab stop, arrow keys move between scores.
    expect(new Set(radios.map((r) => (r as HTMLInputElement).name)).size).toBe(1);
  });

  it('cannot be sent before a score is chosen', () => {
    const { client, send } = setup();
    expect(send().disabled).toBe(true);
    fireEvent.click(send());
    expect(client.ratings).toEqual([]);
  });

  it('sends the score and trimmed comment, then thanks the customer and moves focus there', async () => {
    const { client, send } = setup();
    fireEvent.click(screen.getByRole('radio', { name: '4 out of 5' }));
    fireEvent.input(screen.getByLabelText('Comment (optional)'), { target: { value: ' Quick and kind ' } });
    fireEvent.click(send());
    const thanks = await screen.findByText('Thank you for your feedback!');
    expect(client.ratings).toEqual([{ score: 4, comment: 'Quick and kind' }]);
    await waitFor(() => expect(document.activeElement).toBe(thanks));
    expect(screen.queryByRole('radio')).toBeNull();
  });

  it('leaves an empty comment out', async () => {
    const { client, send } = setup();
    fireEvent.click(screen.getByRole('radio', { name: '2 out of 5' }));
    fireEvent.click(send());
    await screen.findByRole('status');
    expect(client.ratings).toEqual([{ score: 2, comment: undefined }]);
  });

  it('keeps the choice and says so when the server refuses', async () => {
    const { client, send } = setup();
    client.reply = 'error';
    fireEvent.click(screen.getByRole('radio', { name: '5 out of 5' }));
    fireEvent.click(send());
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Something went wrong. Please try again.'));
    expect((screen.getByRole('radio', { name: '5 out of 5' }) as HTMLInputElement).checked).toBe(true);
  });
});
