/** Bumped on any incompatible change; the server refuses a `session:hello` with another number. */
export const PROTOCOL_VERSION = 1;
