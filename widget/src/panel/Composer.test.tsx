import { MAX_TEXT_CHARS } from '@parley/sdk/protocol';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Composer } from './Composer.tsx';
import { translator } from './fake-client.ts';

const t = await translator();
afterEach(cleanup);

function setup() {
  const sent: string[] = [];
  const typing: boolean[] = [];
  render(<Composer onSend={(text) => sent.push(text)} onTyping={(value) => typing.push(value)} t={t} />);
  const input = screen.getByLabelText('Your message') as HTMLTextAreaElement;
  const type = (value: string) => fireEvent.input(input, { target: { value } });
  return { sent, typing, input, type };
}

describe('Composer', () => {
  it('sends the trimmed text on Enter and clears the box', () => {
    const { sent, input, type } = setup();
    type('  How do I withdraw?  ');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(sent).toEqual(['How do I withdraw?']);
    expect(input.value).toBe('');
  });

  it('keeps Shift+Enter for a new line, and Enter while an IME is composing', () => {
    const { sent, input, type } = setup();
    type('第一行');
    fireEvent.keyDown(input, { key: 'Enter', shiftKey: true });
    fireEvent.keyDown(input, { key: 'Enter', isComposing: true });
    fireEvent.keyDown(input, { key: 'Enter', keyCode: 229 });
    expect(sent).toEqual([]);
  });

  it('sends nothing for blank text', () => {
    const { sent, input, type } = setup();
    type('   \n ');
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(sent).toEqual([]);
  });

  it('never holds more than the protocol allows and says how much is left', () => {
    const { sent, input, type } = setup();
    expect(input.maxLength).toBe(MAX_TEXT_CHARS);
    type('a'.repeat(MAX_TEXT_CHARS + 25));
    expect(input.value).toHaveLength(MAX_TEXT_CHARS);
    expect(screen.getByText('Characters left: 0')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(sent[0]).toHaveLength(MAX_TEXT_CHARS);
  });

  it('reports typing when text appears and stops when it is sent', () => {
    const { typing, input, type } = setup();
    type('H');
    type('Hi');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(typing).toEqual([true, false]);
  });
});
