/**
 * Limits shared by the schemas, the server and the widget, so the three can never disagree.
 * Each is part of the protocol: changing one is a protocol change (see `PROTOCOL_VERSION`).
 */

/** Longest customer or agent message, in UTF-16 code units (what `String#length` counts). */
export const MAX_TEXT_CHARS = 4000;

/** Largest single socket.io packet the server accepts; bigger ones are dropped by the transport. */
export const MAX_PAYLOAD_BYTES = 64 * 1024;

/** Longest CSAT comment, in UTF-16 code units. */
export const MAX_CSAT_COMMENT_CHARS = 1000;

/** Longest client-generated message id. */
export const MAX_CLIENT_ID_CHARS = 64;

/** How many messages one `conversation:sync` answer carries at most; the client asks again while `hasMore`. */
export const SYNC_PAGE_SIZE = 200;

/** Quick replies attached to one message. */
export const MAX_QUICK_REPLIES = 8;

/** Customer messages per connection: a burst of `RATE_BURST`, refilled at `RATE_PER_SECOND`. */
export const RATE_BURST = 20;
export const RATE_PER_SECOND = 2;
