import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { message, translator } from './fake-client.ts';
import { MessageList } from './MessageList.tsx';

const t = await translator();
afterEach(cleanup);

const fees = {
  kind: 'fees' as const,
  rows: [
    { product: 'US shares', fee: 'USD 0.99 per order', note: 'plus FX 0.5%' },
    { product: 'UK shares', fee: 'GBP 2.95 per order' },
  ],
  url: 'https://www.broker.example/pricing',
};

describe('rich messages', () => {
  it('renders the markdown subset as elements, never as HTML', () => {
    const { container } = render(
      <MessageList messages={[message({ text: '**Fees** are *low*.\n- US <b>shares</b>\n- [Price list](https://broker.example/p)' })]} pending={[]} t={t} lang="en" />,
    );
    expect(container.querySelector('strong')?.textContent).toBe('Fees');
    expect(container.querySelector('em')?.textContent).toBe('low');
    expect(container.querySelectorAll('li')).toHaveLength(2);
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('li')?.textContent).toBe('US <b>shares</b>');
  });

  it('opens links in a new tab without opener or referrer, showing their domain', () => {
    render(<MessageList messages={[message({ text: 'See [our prices](https://www.broker.example/p)' })]} pending={[]} t={t} lang="en" />);
    const link = screen.getByRole('link');
    expect(link.getAttribute('href')).toBe('https://www.broker.example/p');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.textContent).toBe('our prices (broker.example), opens in a new tab');
  });

  it('shows a customer message exactly as typed', () => {
    const { container } = render(
      <MessageList messages={[message({ text: '**not bold** [x](https://a.example)', author: { kind: 'customer' }, clientId: 'c-1' })]} pending={[]} t={t} lang="en" />,
    );
    expect(container.querySelector('strong, a')).toBeNull();
    expect(container.querySelector('.msg.customer .text')?.textContent).toBe('**not bold** [x](https://a.example)');
  });

  it('renders the fee table card with headers and the price-list link', () => {
    render(<MessageList messages={[message({ text: 'Our fees:', cards: [fees] })]} pending={[]} t={t} lang="en" />);
    const table = screen.getByRole('table', { name: 'Fees' });
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Product', 'Fee']);
    expect(screen.getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['US shares', 'UK shares']);
    expect(table.textContent).toContain('USD 0.99 per order');
    expect(table.textContent).toContain('plus FX 0.5%');
    expect(screen.getByRole('link').getAttribute('href')).toBe('https://www.broker.example/pricing');
  });

  it('renders link buttons', () => {
    render(<MessageList messages={[message({ text: 'More:', actions: [{ kind: 'link', label: 'Open the app', url: 'https://app.broker.example' }] })]} pending={[]} t={t} lang="en" />);
    expect(screen.getByRole('link').textContent).toContain('Open the app (app.broker.example)');
  });

  it('sets each message direction from its language, else lets the browser decide', () => {
    const { container } = render(
      <MessageList
        messages={[message({ text: 'مرحبا', meta: { language: 'ar' } }), message({ text: 'Hello', meta: { language: 'en' } }), message({ text: 'שלום' })]}
        pending={[]}
        t={t}
        lang="en"
      />,
    );
    const dirs = [...container.querySelectorAll('.msg .text')].map((el) => [el.getAttribute('dir'), el.getAttribute('lang')]);
    expect(dirs).toEqual([
      ['rtl', 'ar'],
      ['ltr', 'en'],
      ['auto', null],
    ]);
  });
});
