import { init } from './001_init.ts';
import { handoff } from './002_handoff.ts';
import { developers } from './003_developers.ts';
import { auditOrder } from './004_audit_order.ts';
import { slaBreaches } from './005_sla_breaches.ts';

/** One schema change: applied once, in `version` order, and recorded in `schema_migrations`. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration, oldest first. Append only; versions are never reused. */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'init', sql: init },
  { version: 2, name: 'handoff', sql: handoff },
  { version: 3, name: 'developers', sql: developers },
  { version: 4, name: 'audit-order', sql: auditOrder },
  { version: 5, name: 'sla-breaches', sql: slaBreaches },
];
