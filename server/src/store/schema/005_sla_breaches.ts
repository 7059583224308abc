/**
 * First-response SLA breaches, one row per queue episode (a conversation's `queued_at`). The primary key
 * is what makes a breach exactly-once across processes: every process may notice it, only the first
 * insert wins, and only the winner sends the webhook and the console alert. Append-only, like the log.
 */
export const slaBreaches = `
CREATE TABLE sla_breaches (
  tenant          text NOT NULL,
  conversation_id text NOT NULL REFERENCES conversations (id),
  queued_at       timestamptz NOT NULL,
  tier            text NOT NULL,
  due_at          timestamptz NOT NULL,
  recorded_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (conversation_id, queued_at)
);
CREATE INDEX sla_breaches_by_tenant ON sla_breaches (tenant, recorded_at);

CREATE FUNCTION sla_breaches_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'sla_breaches is append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER sla_breaches_no_update_delete BEFORE UPDATE OR DELETE ON sla_breaches
  FOR EACH ROW EXECUTE FUNCTION sla_breaches_append_only();
CREATE TRIGGER sla_breaches_no_truncate BEFORE TRUNCATE ON sla_breaches
  FOR EACH STATEMENT EXECUTE FUNCTION sla_breaches_append_only();
`;
