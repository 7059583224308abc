/**
 * For brokers' developers: verified customers on conversations, an append-only audit log of identity and
 * data-rights steps, erasure requests and legal holds, and the webhook delivery log.
 */
export const developers = `
ALTER TABLE conversations
  ADD COLUMN customer_id text,
  -- Set when an erasure request hid the customer's copy while retention keeps the record.
  ADD COLUMN hidden_at   timestamptz,
  ADD COLUMN erased_at   timestamptz;

CREATE INDEX conversations_by_customer ON conversations (tenant, customer_id) WHERE customer_id IS NOT NULL;

CREATE TABLE developer_audit (
  id              text PRIMARY KEY,
  tenant          text NOT NULL,
  kind            text NOT NULL,
  customer_id     text,
  conversation_id text,
  detail          jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX developer_audit_by_customer ON developer_audit (tenant, customer_id, created_at);

CREATE FUNCTION developer_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'developer_audit is append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER developer_audit_no_update_delete BEFORE UPDATE OR DELETE ON developer_audit
  FOR EACH ROW EXECUTE FUNCTION developer_audit_append_only();
CREATE TRIGGER developer_audit_no_truncate BEFORE TRUNCATE ON developer_audit
  FOR EACH STATEMENT EXECUTE FUNCTION developer_audit_append_only();

CREATE TABLE erasure_requests (
  id           text PRIMARY KEY,
  tenant       text NOT NULL,
  customer_id  text NOT NULL,
  reason       text,
  requested_at timestamptz NOT NULL,
  erase_after  timestamptz NOT NULL,
  completed_at timestamptz
);
CREATE INDEX erasure_requests_pending ON erasure_requests (erase_after) WHERE completed_at IS NULL;

CREATE TABLE legal_holds (
  tenant      text NOT NULL,
  customer_id text NOT NULL,
  reason      text NOT NULL,
  set_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant, customer_id)
);

CREATE TABLE webhook_deliveries (
  id          text PRIMARY KEY,
  tenant      text NOT NULL,
  event_id    text NOT NULL,
  event_type  text NOT NULL,
  url         text NOT NULL,
  attempt     integer NOT NULL,
  outcome     text NOT NULL CHECK (outcome IN ('delivered', 'failed')),
  status_code integer,
  error       text,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_deliveries_by_tenant ON webhook_deliveries (tenant, created_at);
CREATE UNIQUE INDEX webhook_deliveries_once ON webhook_deliveries (event_id, url) WHERE outcome = 'delivered';

-- The event log stays append-only, with one deliberate exception: when a retention period has ended, the
-- erasure job redacts message content inside a transaction that sets parley.erasure. Nothing else can.
CREATE OR REPLACE FUNCTION conversation_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND current_setting('parley.erasure', true) = 'retention_ended' THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'conversation_events is append-only: % refused', TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;
`;
