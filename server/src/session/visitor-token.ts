import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

/**
 * Resumable visitor tokens: `<tenant>.<visitorId>.<hmac>`. The server signs them so a visitor can
 * resume only their own conversation, from any tab and after a reload, and never another tenant's.
 */
export interface VisitorTokens {
  issue(tenant: string, visitorId?: string): { token: string; visitorId: string };
  /** The visitor id, or undefined when the token is malformed, forged or from another tenant. */
  verify(tenant: string, token: string): string | undefined;
}

export function visitorTokens(secret: string): VisitorTokens {
  const sign = (payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');
  return {
    issue(tenant, visitorId = randomUUID()) {
      const payload = `${tenant}.${visitorId}`;
      return { token: `${payload}.${sign(payload)}`, visitorId };
    },
    verify(tenant, token) {
      const parts = token.split('.');
      if (parts.length !== 3) return undefined;
      const [tokenTenant, visitorId, signature] = parts as [string, string, string];
      if (tokenTenant !== tenant || !/^[0-9a-f-]{36}$/.test(visitorId)) return undefined;
      const expected = Buffer.from(sign(`${tokenTenant}.${visitorId}`));
      const given = Buffer.from(signature);
      return given.length === expected.length && timingSafeEqual(given, expected) ? visitorId : undefined;
    },
  };
}
