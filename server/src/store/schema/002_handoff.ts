/**
 * Human support: who owns a handed-off conversation, since when it waits, the first human answer
 * (for SLAs), internal notes (agents only) and CSAT ratings. Notes and ratings live in their own
 * tables so no customer-facing query can ever return them.
 */
export const handoff = `
ALTER TABLE conversations
  ADD COLUMN agent_id          text,
  ADD COLUMN handoff_reason    text,
  ADD COLUMN queued_at         timestamptz,
  ADD COLUMN first_response_at timestamptz;

CREATE INDEX conversations_with_people ON conversations (tenant, state) WHERE state IN ('queued', 'agent');

-- Which person a state event gave the conversation to (transfers and claims stay in the log).
ALTER TABLE conversation_events ADD COLUMN agent_id text;

CREATE TABLE conversation_notes (
  id              text PRIMARY KEY,
  tenant          text NOT NULL,
  conversation_id text NOT NULL REFERENCES conversations (id),
  author          text NOT NULL,
  text            text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX conversation_notes_by_conversation ON conversation_notes (tenant, conversation_id, created_at);

CREATE TABLE conversation_ratings (
  conversation_id text PRIMARY KEY REFERENCES conversations (id),
  tenant          text NOT NULL,
  score           integer NOT NULL CHECK (score BETWEEN 1 AND 5),
  comment         text,
  created_at      timestamptz NOT NULL DEFAULT now()
);
`;
