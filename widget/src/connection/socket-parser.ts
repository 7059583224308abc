/**
 * socket.io's packet format (protocol 5) for JSON-only traffic, in place of socket.io-parser in the
 * widget build (see `widget/build.config.ts`). The default parser also handles binary attachments
 * (ArrayBuffer, Blob), which no Parley event carries; dropping them saves ≈1.1 KB gzip. What goes on
 * the wire is the default parser's text encoding, so the server needs no change;
 * `socket-parser.test.ts` checks both directions against socket.io-parser itself.
 *
 * Packet text: `<type>[<namespace>,][<ack id>][<JSON>]`, e.g. `2["message:send",{…}]` or `31[{"ok":true}]`.
 */

/** socket.io protocol revision this format belongs to (socket.io-client exports it as `protocol`). */
export const protocol = 5;

// The names socket.io-client reads; binary kinds (5, 6) are never produced and refused on input.
export const PacketType = { CONNECT: 0, DISCONNECT: 1, EVENT: 2, ACK: 3, CONNECT_ERROR: 4, BINARY_EVENT: 5, BINARY_ACK: 6 } as const;

export interface Packet {
  type: number;
  nsp: string;
  data?: unknown;
  id?: number;
}

/** Event names a server may not use (socket.io-client emits these itself). */
const RESERVED = ['connect', 'connect_error', 'disconnect', 'disconnecting', 'newListener', 'removeListener'];

// Parsed JSON holds no class instances, so any non-array object is a plain one.
const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The same checks as socket.io-parser's `isPayloadValid`, for the packet kinds we accept. */
function valid(type: number, data: unknown): boolean {
  if (type === PacketType.CONNECT) return isObject(data);
  if (type === PacketType.DISCONNECT) return data === undefined;
  if (type === PacketType.CONNECT_ERROR) return typeof data === 'string' || isObject(data);
  if (!Array.isArray(data)) return false;
  const [name] = data as unknown[];
  return type === PacketType.ACK || typeof name === 'number' || (typeof name === 'string' && !RESERVED.includes(name));
}

export class Encoder {
  encode(packet: Packet): string[] {
    return [
      `${packet.type}${packet.nsp && packet.nsp !== '/' ? `${packet.nsp},` : ''}${packet.id ?? ''}${packet.data == null ? '' : JSON.stringify(packet.data)}`,
    ];
  }
}

type Listener = (packet: Packet) => void;

/** Turns each incoming text frame into one packet, emitted as `decoded` (throws on a malformed one). */
export class Decoder {
  #listeners = new Set<Listener>();

  on(_event: 'decoded', listener: Listener): void {
    this.#listeners.add(listener);
  }

  off(_event: 'decoded', listener: Listener): void {
    this.#listeners.delete(listener);
  }

  add(text: unknown): void {
    const packet = typeof text === 'string' ? decode(text) : undefined;
    if (!packet) throw new Error('socket.io: unexpected packet');
    for (const listener of this.#listeners) listener(packet);
  }

  destroy(): void {}
}

const FORMAT = /^([0-4])(\/[^,]*,|\/[^,]*$)?(\d*)([^]*)$/;

function decode(text: string): Packet | undefined {
  const match = FORMAT.exec(text);
  if (!match) return undefined;
  const [, type = '', nsp, id, json] = match;
  const packet: Packet = { type: Number(type), nsp: nsp ? nsp.replace(/,$/, '') : '/' };
  if (id) packet.id = Number(id);
  if (json) {
    try {
      packet.data = JSON.parse(json);
    } catch {
      return undefined;
    }
  }
  return valid(packet.type, packet.data) ? packet : undefined;
}
