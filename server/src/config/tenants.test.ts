import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_TENANTS, isOriginAllowed, loadTenants, TenantConfig } from './tenants.ts';

const tenant = TenantConfig.parse({ id: 'acme', name: 'Acme', allowedOrigins: ['https://acme.example', 'http://localhost:*'], allowMissingOrigin: false });

describe('isOriginAllowed', () => {
  it.each([
    ['https://acme.example', true],
    ['http://localhost:5173', true],
    ['http://localhost:5173.evil.example', false],
    ['http://localhost:', false],
    ['https://evil.example', false],
    ['https://acme.example.evil.example', false],
    [undefined, false],
  ])('%s → %s', (origin, allowed) => expect(isOriginAllowed(tenant, origin)).toBe(allowed));
});

describe('loadTenants', () => {
  it('returns the demo tenant without a file', async () => {
    expect(await loadTenants(undefined)).toBe(DEMO_TENANTS);
  });

  it('rejects an invalid file with the field named', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-tenants-'));
    const file = join(dir, 'tenants.json');
    await writeFile(file, JSON.stringify({ tenants: [{ id: 'Bad Id', name: 'x', allowedOrigins: [] }] }));
    await expect(loadTenants(file)).rejects.toThrow(/id/);
  });

  it('rejects duplicate tenant ids', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-tenants-'));
    const file = join(dir, 'tenants.json');
    const one = { id: 'a', name: 'A', allowedOrigins: ['*'] };
    await writeFile(file, JSON.stringify({ tenants: [one, one] }));
    await expect(loadTenants(file)).rejects.toThrow(/twice/);
  });
});
