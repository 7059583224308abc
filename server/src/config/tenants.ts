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

/**
 * Northbridge Invest's (fictitious) price list, shown by the fee-table card: English rows and one
 * translation per reply language, each in the wording and number format its readers expect.
 */
const DEMO_FEES = {
  rows: [
    { product: 'US shares & ETFs', fee: 'USD 0.99 per order', note: 'plus 0.5% currency conversion from GBP/EUR' },
    { product: 'UK shares', fee: 'GBP 2.95 per order', note: 'plus 0.5% stamp duty on purchases' },
    { product: 'EU shares', fee: 'EUR 3.95 per order' },
    { product: 'Deposits & withdrawals', fee: 'Free' },
    { product: 'Inactivity', fee: 'None' },
  ],
  // Where a locale puts a space before "%", it is a no-break space (\u00a0), so "0,5 %" never wraps.
  translations: {
    'zh-Hans': [
      { product: '美股及 ETF', fee: '每笔订单 0.99 美元', note: '另收 0.5% 货币兑换费（从英镑/欧元换汇）' },
      { product: '英股', fee: '每笔订单 2.95 英镑', note: '买入时另收 0.5% 印花税' },
      { product: '欧股', fee: '每笔订单 3.95 欧元' },
      { product: '入金与出金', fee: '免费' },
      { product: '账户闲置费', fee: '无' },
    ],
    'zh-Hant': [
      { product: '美股及 ETF', fee: '每筆委託 0.99 美元', note: '另收 0.5% 貨幣兌換費（從英鎊／歐元換匯）' },
      { product: '英股', fee: '每筆委託 2.95 英鎊', note: '買進時另收 0.5% 印花稅' },
      { product: '歐股', fee: '每筆委託 3.95 歐元' },
      { product: '入金與出金', fee: '免費' },
      { product: '帳戶閒置費', fee: '無' },
    ],
    ja: [
      { product: '米国株・ETF', fee: '1注文あたり0.99米ドル', note: '英ポンド・ユーロからの両替には別途0.5%の為替手数料' },
      { product: '英国株', fee: '1注文あたり2.95英ポンド', note: '買付時は別途0.5%の印紙税' },
      { product: '欧州株', fee: '1注文あたり3.95ユーロ' },
      { product: '入出金', fee: '無料' },
      { product: '休眠口座手数料', fee: 'なし' },
    ],
    ko: [
      { product: '미국 주식 및 ETF', fee: '주문당 0.99달러', note: '파운드/유로 환전 시 0.5% 환전 수수료 별도' },
      { product: '영국 주식', fee: '주문당 2.95파운드', note: '매수 시 0.5% 인지세 별도' },
      { product: '유럽 주식', fee: '주문당 3.95유로' },
      { product: '입출금', fee: '무료' },
      { product: '휴면 계좌 수수료', fee: '없음' },
    ],
    es: [
      { product: 'Acciones y ETF de EE. UU.', fee: '0,99 USD por orden', note: 'más un 0,5\u00a0% por cambio de divisa desde GBP/EUR' },
      { product: 'Acciones del Reino Unido', fee: '2,95 GBP por orden', note: 'más un 0,5\u00a0% de impuesto de timbre (stamp duty) en las compras' },
      { product: 'Acciones de la UE', fee: '3,95 EUR por orden' },
      { product: 'Depósitos y retiros', fee: 'Gratis' },
      { product: 'Comisión por inactividad', fee: 'Ninguna' },
    ],
    'pt-BR': [
      { product: 'Ações e ETFs dos EUA', fee: 'USD 0,99 por ordem', note: 'mais 0,5% de taxa de câmbio na conversão de GBP/EUR' },
      { product: 'Ações do Reino Unido', fee: 'GBP 2,95 por ordem', note: 'mais 0,5% de imposto de selo (stamp duty) nas compras' },
      { product: 'Ações da UE', fee: 'EUR 3,95 por ordem' },
      { product: 'Depósitos e saques', fee: 'Grátis' },
      { product: 'Taxa de inatividade', fee: 'Isenta' },
    ],
    de: [
      { product: 'US-Aktien & ETFs', fee: '0,99 USD pro Order', note: 'zzgl. 0,5\u00a0% für die Währungsumrechnung aus GBP/EUR' },
      { product: 'UK-Aktien', fee: '2,95 GBP pro Order', note: 'zzgl. 0,5\u00a0% britische Stempelsteuer auf Käufe' },
      { product: 'EU-Aktien', fee: '3,95 EUR pro Order' },
      { product: 'Ein- und Auszahlungen', fee: 'Kostenlos' },
      { product: 'Inaktivitätsgebühr', fee: 'Keine' },
    ],
    fr: [
      { product: 'Actions et ETF américains', fee: '0,99 USD par ordre', note: 'plus 0,5\u00a0% de frais de change depuis GBP/EUR' },
      { product: 'Actions britanniques', fee: '2,95 GBP par ordre', note: 'plus 0,5\u00a0% de droit de timbre (stamp duty) à l’achat' },
      { product: 'Actions de l’UE', fee: '3,95 EUR par ordre' },
      { product: 'Dépôts et retraits', fee: 'Gratuits' },
      { product: 'Frais d’inactivité', fee: 'Néant' },
    ],
    ar: [
      { product: 'الأسهم الأمريكية وصناديق المؤشرات المتداولة', fee: '0.99 دولار أمريكي لكل أمر', note: 'بالإضافة إلى 0.5% رسوم تحويل العملة من الجنيه الإسترليني أو اليورو' },
      { product: 'الأسهم البريطانية', fee: '2.95 جنيه إسترليني لكل أمر', note: 'بالإضافة إلى 0.5% ضريبة الدمغة على عمليات الشراء' },
      { product: 'الأسهم الأوروبية', fee: '3.95 يورو لكل أمر' },
      { product: 'الإيداع والسحب', fee: 'مجانًا' },
      { product: 'رسوم عدم النشاط', fee: 'لا توجد' },
    ],
    hi: [
      { product: 'अमेरिकी शेयर और ETF', fee: 'प्रति ऑर्डर USD 0.99', note: 'GBP/EUR से मुद्रा रूपांतरण पर 0.5% अतिरिक्त' },
      { product: 'ब्रिटेन के शेयर', fee: 'प्रति ऑर्डर GBP 2.95', note: 'ख़रीद पर 0.5% स्टाम्प ड्यूटी अतिरिक्त' },
      { product: 'यूरोपीय संघ के शेयर', fee: 'प्रति ऑर्डर EUR 3.95' },
      { product: 'जमा और निकासी', fee: 'निःशुल्क' },
      { product: 'निष्क्रियता शुल्क', fee: 'कोई नहीं' },
    ],
    th: [
      { product: 'หุ้นสหรัฐฯ และ ETF', fee: '0.99 ดอลลาร์สหรัฐ ต่อคำสั่งซื้อขาย', note: 'บวกค่าแลกเปลี่ยนสกุลเงิน 0.5% เมื่อแลกจาก GBP/EUR' },
      { product: 'หุ้นอังกฤษ', fee: '2.95 ปอนด์ ต่อคำสั่งซื้อขาย', note: 'บวกอากรแสตมป์ 0.5% เมื่อซื้อ' },
      { product: 'หุ้นยุโรป', fee: '3.95 ยูโร ต่อคำสั่งซื้อขาย' },
      { product: 'ฝาก-ถอนเงิน', fee: 'ฟรี' },
      { product: 'ค่าธรรมเนียมบัญชีไม่เคลื่อนไหว', fee: 'ไม่มี' },
    ],
    vi: [
      { product: 'Cổ phiếu và ETF Mỹ', fee: '0,99 USD mỗi lệnh', note: 'cộng 0,5% phí chuyển đổi ngoại tệ từ GBP/EUR' },
      { product: 'Cổ phiếu Anh', fee: '2,95 GBP mỗi lệnh', note: 'cộng 0,5% thuế tem (stamp duty) khi mua' },
      { product: 'Cổ phiếu EU', fee: '3,95 EUR mỗi lệnh' },
      { product: 'Nạp và rút tiền', fee: 'Miễn phí' },
      { product: 'Phí tài khoản không hoạt động', fee: 'Không có' },
    ],
    id: [
      { product: 'Saham & ETF AS', fee: 'USD 0,99 per transaksi', note: 'ditambah biaya konversi mata uang 0,5% dari GBP/EUR' },
      { product: 'Saham Inggris', fee: 'GBP 2,95 per transaksi', note: 'ditambah bea meterai (stamp duty) 0,5% untuk pembelian' },
      { product: 'Saham Uni Eropa', fee: 'EUR 3,95 per transaksi' },
      { product: 'Setor & tarik dana', fee: 'Gratis' },
      { product: 'Biaya akun tidak aktif', fee: 'Tidak ada' },
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
