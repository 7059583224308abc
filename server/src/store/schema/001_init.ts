/**
 * Conversations (a projection that may be updated) and their append-only event log.
 * Never edit a released migration: add the next numbered file instead.
 */
export const init = `
CREATE TABLE conversations (
  id          text PRIMARY KEY,
  tenant      text NOT NULL,
  visitor_id  text NOT NULL,
  state       text NOT NULL CHECK (state IN ('bot', 'queued', 'agent', 'closed')),
  locale      text NOT NULL,
  last_seq    integer NOT NULL DEFAULT 0,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);

-- "The open conversation of this visitor in this tenant". Unique, so two processes opening the
-- same visitor at once cannot create two open conversations.
CREATE UNIQUE INDEX conversations_open_by_visitor
  ON conversations (tenant, visitor_id) WHERE state <> 'closed';

CREATE TABLE conversation_events (
  id              text PRIMARY KEY,
  tenant          text NOT NULL,
  conversation_id text NOT NULL REFERENCES conversations (id),
  seq             integer NOT NULL CHECK (seq > 0),
  kind            text NOT NULL CHECK (kind IN ('message', 'state')),
  author_kind     text CHECK (author_kind IN ('customer', 'bot', 'agent', 'system')),
  author_name     text,
  client_id       text,
  text            text,
  quick_replies   jsonb,
  meta            jsonb,
  state           text CHECK (state IN ('bot', 'queued', 'agent', 'closed')),
  reason          text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (conversation_id, seq),
  CHECK (kind <> 'message' OR (author_kind IS NOT NULL AND text IS NOT NULL)),
  CHECK (kind <> 'state' OR state IS NOT NULL)
);

CREATE UNIQUE INDEX conversation_events_client_id
  ON conversation_events (conversation_id, client_id) WHERE client_id IS NOT NULL;

-- The log is the truth: the database itself refuses to rewrite history, whatever the caller.
CREATE FUNCTION conversation_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'conversation_events is append-only: % refused', TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER conversation_events_no_update_delete
  BEFORE UPDATE OR DELETE ON conversation_events
  FOR EACH ROW EXECUTE FUNCTION conversation_events_append_only();

CREATE TRIGGER conversation_events_no_truncate
  BEFORE TRUNCATE ON conversation_events
  FOR EACH STATEMENT EXECUTE FUNCTION conversation_events_append_only();
`;
