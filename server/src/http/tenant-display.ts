import type { ServerResponse } from 'node:http';
import type { ProtocolError, TenantDisplay } from '@parley/sdk/protocol';
import type { TenantConfig } from '../config/tenants.ts';

/** `/widget/tenants/<id>.json`: the public defaults the launcher fetches once per page view. */
export const TENANT_DISPLAY_PATH = /^\/widget\/tenants\/([a-z0-9][a-z0-9-]{0,62})\.json$/;

/**
 * The public part of a tenant's config. Fields are picked one by one (never spread), so a field
 * added to TenantConfig later is not published by accident.
 */
export function tenantDisplay(tenant: TenantConfig): TenantDisplay {
  const { brandColor, position, offset, zIndex, launcherLabel, colorScheme } = tenant.theme;
  return {
    name: tenant.name,
    theme: { brandColor, position, offset, zIndex, ...(launcherLabel !== undefined ? { launcherLabel } : {}), colorScheme },
    simpleMode: tenant.simpleMode,
  };
}

/** Answers with the display JSON, or a typed 404; readable from any origin and cached for five minutes. */
export function sendTenantDisplay(res: ServerResponse, display: TenantDisplay | undefined): void {
  const body: TenantDisplay | { error: ProtocolError } = display ?? { error: { code: 'unknown_tenant', message: 'No such tenant.' } };
  res.writeHead(display ? 200 : 404, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': display ? 'public, max-age=300' : 'public, max-age=60',
    'access-control-allow-origin': '*',
    'x-content-type-options': 'nosniff',
  });
  res.end(JSON.stringify(body));
}
