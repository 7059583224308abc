/**
 * Rich parts of a bot or agent message beyond its text: link buttons and cards. Every field is plain
 * data (never HTML); the widget renders it with its own components, and only http(s) links pass.
 * @module
 */
import * as z from 'zod/mini';

/**
 * Link buttons attached to one message.
 * @example message.actions?.slice(0, MAX_ACTIONS)
 */
export const MAX_ACTIONS = 4;
/**
 * Cards attached to one message.
 * @example cards.length <= MAX_CARDS
 */
export const MAX_CARDS = 2;
/**
 * Rows in one fee table.
 * @example schedule.rows.slice(0, MAX_FEE_ROWS)
 */
export const MAX_FEE_ROWS = 20;

const label = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/**
 * True for an absolute `http:` or `https:` URL. Anything else (`javascript:`, `data:`, relative
 * paths) is refused, so a link in a message can only ever open a web page.
 * @example isHttpUrl('https://broker.example/fees') // true
 * @example isHttpUrl('javascript:alert(1)') // false
 */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * An absolute http(s) URL, at most 2048 characters.
 * @example HttpUrl.safeParse('javascript:alert(1)').success // false
 */
export const HttpUrl = z.string().check(z.maxLength(2048), z.refine(isHttpUrl, { message: 'only http(s) URLs' }));

/**
 * A button that opens a web page in a new tab.
 * @example const action: LinkAction = { kind: 'link', label: 'Price list', url: 'https://broker.example/fees' };
 */
export const LinkAction = z.object({ kind: z.literal('link'), label: label(80), url: HttpUrl });
export type LinkAction = z.infer<typeof LinkAction>;

/**
 * One line of a fee table: what is charged for one product or market.
 * @example const row: FeeRow = { product: 'UK shares', fee: 'GBP 2.95 per order', note: 'plus 0.5% stamp duty' };
 */
export const FeeRow = z.object({
  product: label(80),
  fee: label(120),
  note: z.optional(z.string().check(z.maxLength(200))),
});
export type FeeRow = z.infer<typeof FeeRow>;

/**
 * The broker's fee schedule as a table, attached to answers about fees and commissions.
 * @example
 * const card: FeeTableCard = {
 *   kind: 'fees',
 *   rows: [{ product: 'US shares', fee: 'USD 0.99 per order' }],
 *   url: 'https://broker.example/pricing',
 * };
 */
export const FeeTableCard = z.object({
  kind: z.literal('fees'),
  title: z.optional(label(120)),
  rows: z.array(FeeRow).check(z.minLength(1), z.maxLength(MAX_FEE_ROWS)),
  /** The full price list. */
  url: z.optional(HttpUrl),
});
export type FeeTableCard = z.infer<typeof FeeTableCard>;

/**
 * Every card kind, told apart by `kind`.
 * @example if (card.kind === 'fees') render(card.rows);
 */
export const Card = z.discriminatedUnion('kind', [FeeTableCard]);
export type Card = z.infer<typeof Card>;

/**
 * The optional rich fields of a `ServerMessage` (spread into its schema).
 * @example const Rich = z.object({ ...RichFields });
 */
export const RichFields = {
  actions: z.optional(z.array(LinkAction).check(z.maxLength(MAX_ACTIONS))),
  cards: z.optional(z.array(Card).check(z.maxLength(MAX_CARDS))),
};
