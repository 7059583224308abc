import { readFile } from 'node:fs/promises';
import * as z from 'zod';
import { FeeRow, HttpUrl, Locale, TenantId } from '@parley/sdk/protocol';
import { CatalogOverrides } from './catalog-overrides.ts';
import { DeveloperSettings } from './developer-settings.ts';
import { humanSupportFields } from '../agents/config.ts';
import { DEMO_HUMAN_SUPPORT } from '../agents/demo.ts';

/** One broker's settings. Origins may end in `:*` to allow any port (useful for localhost). */
export const TenantConfig = z.object({
  id: TenantId,
  name: z.string().min(1).max(120),
  allowedOrigins: z.array(z.string().min(1)).min(1),
  /** Let clients that send no Origin header (servers, mobile apps, the Node SDK) connect. */
  allowMissingOrigin: z.boolean().default(true),
  locales: z._default(z.array(Locale).min(1), ['en']),
  defaultLocale: z._default(Locale, 'en'),
  theme: z
    .object({
      brandColor: z.string().regex(/^#[0-9a-fA-F]{6}$/).default('#0b5cad'),
      position: z.enum(['right', 'left']).default('right'),
      /** Distance of the launcher from the page corner, in CSS pixels. */
      offset: z.number().int().min(0).max(200).default(20),
      zIndex: z.number().int().min(0).max(2147483647).default(2147483000),
      /** Text beside the launcher icon (none: an icon-only button). */
      launcherLabel: z.string().max(40).optional(),
      /** `auto` follows the visitor's prefers-color-scheme. */
      colorScheme: z.enum(['auto', 'light', 'dark']).default('auto'),
    })
    .prefault({}),
  /** Open the widget in simple mode (large text, high contrast) until the customer switches it off. */
  simpleMode: z.boolean().default(false),
  /** The broker's fee schedule, shown as a table with answers about fees and commissions. */
  fees: z
    .object({
      rows: z.array(FeeRow).min(1).max(20),
      /** Rows in other languages, by locale; the reply language picks, else `rows`. */
      translations: z.record(Locale, z.array(FeeRow).min(1).max(20)).optional(),
      /** The full price list. */
      url: z.optional(HttpUrl),
    })
    .optional(),
  /** Below this intent confidence the bot asks instead of answering. */
  intentThreshold: z.number().min(0).max(1).default(0.45),
  /** Frustration level (0–1) at which a conversation goes to a person; lower for VIP tiers (see pipeline/sentiment.ts). */
  frustrationThreshold: z.number().min(0).max(1).default(0.55),
  /** Below this the message is treated as out of scope (nothing worth suggesting). */
  outOfScopeThreshold: z.number().min(0).max(1).default(0.2),
  /** Answers, utterances and intents the broker adds to or changes in the shipped catalog. */
  catalog: CatalogOverrides.optional(),
  /** Agents, SLA per tier, business hours, canned responses, demo customers (see agents/config.ts). */
  ...humanSupportFields,
  /** Verified identity, API keys, webhooks, retention (see developer-settings.ts). */
  ...DeveloperSettings,
});
export type TenantConfig = z.infer<typeof TenantConfig>;

export const TenantsFile = z.object({ tenants: z.array(TenantConfig).min(1) });

/** Northbridge Invest's (fictitious) price list, shown by the fee-table card. */
const DEMO_FEES = {
  rows: [
    { product: 'US shares & ETFs', fee: 'USD 0.99 per order', note: 'plus 0.5% currency conversion from GBP/EUR' },
    { product: 'UK shares', fee: 'GBP 2.95 per order', note: 'plus 0.5% stamp duty on purchases' },
    { product: 'EU shares', fee: 'EUR 3.95 per order' },
    { product: 'Deposits & withdrawals', fee: 'Free' },
    { product: 'Inactivity', fee: 'None' },
  ],
  translations: {
    de: [
      { product: 'US-Aktien & ETFs', fee: 'USD 0,99 pro Order', note: 'zzgl. 0,5 % Währungsumrechnung aus GBP/EUR' },
      { product: 'UK-Aktien', fee: 'GBP 2,95 pro Order', note: 'zzgl. 0,5 % Stempelsteuer beim Kauf' },
      { product: 'EU-Aktien', fee: 'EUR 3,95 pro Order' },
      { product: 'Ein- & Auszahlungen', fee: 'Kostenlos' },
      { product: 'Inaktivität', fee: 'Keine' },
    ],
  },
  url: 'https://northbridge.example/pricing',
};

/** The tenant `npm start` runs with: a fictitious broker whose page the server itself serves. */
export const DEMO_TENANTS: TenantConfig[] = [
  TenantConfig.parse({
    id: 'demo',
    name: 'Northbridge Invest',
    allowedOrigins: ['http://localhost:*', 'http://127.0.0.1:*'],
    locales: ['en', 'de', 'fr', 'es', 'pt-BR', 'zh-Hans', 'zh-Hant', 'ja', 'ko', 'ar', 'hi', 'th', 'vi', 'id'],
    fees: DEMO_FEES,
    ...DEMO_HUMAN_SUPPORT,
  }),
];

/** Reads and validates a tenants file; errors name the offending field. */
export async function loadTenants(path: string | undefined): Promise<TenantConfig[]> {
  if (!path) return DEMO_TENANTS;
  const raw: unknown = JSON.parse(await readFile(path, 'utf8'));
  const parsed = TenantsFile.safeParse(raw);
  if (!parsed.success) throw new Error(`Invalid tenant config ${path}:\n${z.prettifyError(parsed.error)}`);
  const ids = parsed.data.tenants.map((t) => t.id);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate) throw new Error(`Invalid tenant config ${path}: tenant "${duplicate}" appears twice`);
  return parsed.data.tenants;
}

/** True when `origin` matches one of the patterns (`*` alone allows every origin). */
export function isOriginAllowed(tenant: TenantConfig, origin: string | undefined): boolean {
  if (!origin) return tenant.allowMissingOrigin;
  return tenant.allowedOrigins.some((pattern) => {
    if (pattern === '*' || pattern === origin) return true;
    if (!pattern.endsWith(':*')) return false;
    const prefix = pattern.slice(0, -1);
    return origin.startsWith(prefix) && /^\d+$/.test(origin.slice(prefix.length));
  });
}
