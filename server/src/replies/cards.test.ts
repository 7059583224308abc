import { Card } from '@parley/sdk/protocol';
import { describe, expect, it } from 'vitest';
import { DEMO_TENANTS, TenantConfig } from '../config/tenants.ts';
import { cardsFor } from './cards.ts';

const demo = DEMO_TENANTS[0]!;

describe('cardsFor', () => {
  it('attaches the fee table to fee answers, valid by the protocol schema', () => {
    const cards = cardsFor(demo, 'fees_commissions', 'en');
    expect(cards).toHaveLength(1);
    expect(Card.safeParse(cards[0]).success).toBe(true);
    expect(cards[0]?.rows).toEqual(demo.fees?.rows);
    expect(cards[0]?.rows.some((row) => row.product.includes('US shares'))).toBe(true);
  });

  it('uses the rows in the reply language when translated, by base language too', () => {
    expect(cardsFor(demo, 'fees_commissions', 'de')[0]?.rows).toEqual(demo.fees?.translations?.['de']);
    expect(cardsFor(demo, 'fees_commissions', 'de-AT')[0]?.rows).toEqual(demo.fees?.translations?.['de']);
    expect(cardsFor(demo, 'fees_commissions', 'th')[0]?.rows).toEqual(demo.fees?.rows);
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
