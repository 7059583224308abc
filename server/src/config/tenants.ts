import { readFile } from 'node:fs/promises';
import * as z from 'zod';
import { Locale, TenantId } from '@parley/sdk/protocol';

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
    })
    .prefault({}),
  /** Below this intent confidence the bot asks instead of answering. */
  intentThreshold: z.number().min(0).max(1).default(0.45),
});
export type TenantConfig = z.infer<typeof TenantConfig>;

export const TenantsFile = z.object({ tenants: z.array(TenantConfig).min(1) });

/** The tenant `npm start` runs with: a fictitious broker whose page the server itself serves. */
export const DEMO_TENANTS: TenantConfig[] = [
  TenantConfig.parse({
    id: 'demo',
    name: 'Northbridge Invest',
    allowedOrigins: ['http://localhost:*', 'http://127.0.0.1:*'],
    locales: ['en', 'de', 'fr', 'es', 'pt-BR', 'zh-Hans', 'zh-Hant', 'ja', 'ko', 'ar', 'hi', 'th', 'vi', 'id'],
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
