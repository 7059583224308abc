import { afterAll, beforeAll, describe } from 'vitest';
import { describeErasureContract } from '../../server/src/privacy/erasure-contract.ts';
import { openPostgres } from '../../server/src/store/postgres.ts';
import { postgresAvailability, startPostgres, type TestPostgres } from '../support/postgres.ts';

// The erasure path rewrites the append-only log through a transaction-local setting: prove it on PostgreSQL too.
describe.skipIf(!postgresAvailability().available)('data rights on PostgreSQL', () => {
  let server: TestPostgres;
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(() => server?.stop());

  describeErasureContract('PostgreSQL', async () => openPostgres(await server.createDatabase('parley_privacy')));
});
