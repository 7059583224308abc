import { Card, type FeeRow } from '@parley/sdk/protocol';
import { describe, expect, it } from 'vitest';
import { DEMO_TENANTS, TenantConfig } from '../config/tenants.ts';
import { createLanguageIdentifier, REPLY_LANGUAGES } from '../nlu/language/index.ts';
import { cardsFor } from './cards.ts';

const demo = DEMO_TENANTS[0]!;
const english = demo.fees!.rows;
const identifier = createLanguageIdentifier({ enabled: demo.locales });

const fields = ['product', 'fee', 'note'] as const;
const cardText = (rows: readonly FeeRow[]) => rows.flatMap((row) => fields.map((field) => row[field] ?? '')).join('\n');

/** Each amount written in `value` ("USD 0.99", "0.5%"), as `lang` writes it: "0,99" in German, "0.99" in Thai. */
const amountsIn = (value: string | undefined, lang: string) =>
  [...(value ?? '').matchAll(/\d+\.(\d+)/g)].map(([amount, decimals]) =>
    // Western digits, which brokers in every one of these markets print prices in.
    new Intl.NumberFormat(lang, { minimumFractionDigits: decimals!.length, numberingSystem: 'latn' }).format(Number(amount)),
  );

describe('cardsFor', () => {
  it('attaches the fee table to fee answers, valid by the protocol schema', () => {
    const cards = cardsFor(demo, 'fees_commissions', 'en');
    expect(cards).toHaveLength(1);
    expect(Card.safeParse(cards[0]).success).toBe(true);
    expect(cards[0]?.rows).toEqual(english);
    expect(cards[0]?.rows.some((row) => row.product.includes('US shares'))).toBe(true);
  });

  it('uses the rows in the reply language when translated, by base language too', () => {
    expect(cardsFor(demo, 'fees_commissions', 'de')[0]?.rows).toEqual(demo.fees?.translations?.['de']);
    expect(cardsFor(demo, 'fees_commissions', 'de-AT')[0]?.rows).toEqual(demo.fees?.translations?.['de']);
    expect(cardsFor(demo, 'fees_commissions', 'ru')[0]?.rows).toEqual(english);
  });

  it('attaches nothing to other intents or without a schedule', () => {
    expect(cardsFor(demo, 'withdrawal_time', 'en')).toEqual([]);
    const plain = TenantConfig.parse({ id: 'acme', name: 'Acme', allowedOrigins: ['*'] });
    expect(cardsFor(plain, 'fees_commissions', 'en')).toEqual([]);
  });

  it('refuses a schedule whose price-list link is not http(s)', () => {
    const bad = TenantConfig.safeParse({ id: 'acme', name: 'Acme', allowedOrigins: ['*'], fees: { rows: [{ product: 'x', fee: 'y' }], url: 'javascript:alert(1)' } });
    expect(bad.success).toBe(false);
  });
});

describe.each(REPLY_LANGUAGES)('the demo fee table for a customer writing %s', (lang) => {
  const [card] = cardsFor(demo, 'fees_commissions', lang);
  const rows = card!.rows;

  it('is in that language', () => {
    expect(Card.safeParse(card).success).toBe(true);
    expect(identifier.identify(cardText(rows))).toMatchObject({ lang, reliable: true });
  });

  it('has every line of the schedule', () => {
    expect(rows).toHaveLength(english.length);
    rows.forEach((row, i) => expect(row.note === undefined, `note of row ${i}`).toBe(english[i]!.note === undefined));
  });

  // English is the source: for every other language, no cell may have been left untranslated.
  if (lang !== 'en') {
    it('leaves no cell in English', () => {
      rows.forEach((row, i) => {
        for (const field of fields) if (english[i]![field] !== undefined) expect(row[field], `${field} of row ${i}`).not.toBe(english[i]![field]);
      });
    });
  }

  it('writes every amount in the local number format', () => {
    rows.forEach((row, i) => {
      for (const field of fields) for (const amount of amountsIn(english[i]![field], lang)) expect(row[field], `${field} of row ${i}`).toContain(amount);
    });
  });
});
