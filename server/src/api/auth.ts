import { createHash } from 'node:crypto';
import type { ApiScope, ProtocolError } from '@parley/sdk/protocol';
import type { TenantConfig } from '../config/tenants.ts';

export interface ApiCaller {
  tenant: TenantConfig;
  keyId: string;
  scopes: ReadonlySet<ApiScope>;
}

/** `admin` can do everything `write` can, and `write` everything `read` can. */
const IMPLIED: Record<ApiScope, ApiScope[]> = { read: ['read'], write: ['read', 'write'], admin: ['read', 'write', 'admin'] };

/**
 * Finds the tenant and scopes of a bearer key by its SHA-256 (keys are never stored). Lookup by hash is
 * a map access, so it takes the same time whether or not a key is close to a real one.
 */
export function apiKeyAuthenticator(tenants: readonly TenantConfig[]) {
  const byHash = new Map<string, ApiCaller>();
  for (const tenant of tenants) {
    for (const key of tenant.apiKeys) {
      byHash.set(key.sha256, { tenant, keyId: key.id, scopes: new Set(key.scopes.flatMap((s) => IMPLIED[s])) });
    }
  }
  return (authorization: string | undefined): ApiCaller | ProtocolError => {
    const key = /^Bearer\s+(\S{16,256})$/i.exec(authorization ?? '')?.[1];
    const caller = key && byHash.get(createHash('sha256').update(key).digest('hex'));
    return caller || { code: 'unauthorized', message: 'Send a valid API key as "Authorization: Bearer <key>"' };
  };
}
