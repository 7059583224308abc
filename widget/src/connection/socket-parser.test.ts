// The widget's JSON-only parser against socket.io-parser itself (what the server runs): the same
// text both ways for every packet kind Parley exchanges, and the same refusals.
import * as reference from 'socket.io-parser';
import { describe, expect, it } from 'vitest';
import { Decoder, Encoder, PacketType, protocol, type Packet } from './socket-parser.ts';

const PACKETS: Packet[] = [
  { type: PacketType.CONNECT, nsp: '/', data: { tenant: 'demo' } },
  { type: PacketType.CONNECT, nsp: '/', data: { sid: 'Xk2a_9' } },
  { type: PacketType.DISCONNECT, nsp: '/' },
  { type: PacketType.EVENT, nsp: '/', data: ['typing', { typing: true }] },
  { type: PacketType.EVENT, nsp: '/', id: 12, data: ['message:send', { clientId: 'c-1', text: 'Hi "there", €5 \n ok' }] },
  { type: PacketType.ACK, nsp: '/', id: 12, data: [{ ok: true, seq: 4 }] },
  { type: PacketType.CONNECT_ERROR, nsp: '/', data: { message: 'refused', data: { code: 'unknown_tenant', message: 'No such tenant' } } },
  { type: PacketType.CONNECT_ERROR, nsp: '/', data: 'Invalid namespace' },
  { type: PacketType.EVENT, nsp: '/agent', id: 3, data: ['queue:status', { position: 2 }] },
];

/** What socket.io-parser's decoder makes of `text`, or the error it throws. */
function referenceDecode(text: string): unknown {
  const decoder = new reference.Decoder();
  let packet: unknown;
  decoder.on('decoded', (p: unknown) => (packet = p));
  decoder.add(text);
  return packet;
}

function decode(text: string): Packet | undefined {
  const decoder = new Decoder();
  let packet: Packet | undefined;
  decoder.on('decoded', (p) => (packet = p));
  decoder.add(text);
  return packet;
}

describe('socket parser', () => {
  it('speaks the protocol revision and packet numbers of socket.io-parser', () => {
    expect(protocol).toBe(reference.protocol);
    for (const [name, value] of Object.entries(PacketType)) expect(reference.PacketType[name as keyof typeof reference.PacketType], name).toBe(value);
  });

  it.each(PACKETS.map((p) => [JSON.stringify(p), p] as const))('encodes %s as socket.io-parser does', (_, packet) => {
    expect(new Encoder().encode(packet)).toEqual(new reference.Encoder().encode(packet));
  });

  it.each(PACKETS.map((p) => [new reference.Encoder().encode(p)[0] as string] as const))('decodes %s as socket.io-parser does', (text) => {
    expect(decode(text)).toEqual(referenceDecode(text));
  });

  it.each([
    ['an unknown packet type', '9'],
    ['an event that is not an array', '2{"a":1}'],
    ['an event with a reserved name', '2["connect"]'],
    ['an event without a name', '2[{"a":1}]'],
    ['a connect without an object', '0"x"'],
    ['a disconnect with a payload', '1[1]'],
    ['broken JSON', '2["message",{'],
  ])('refuses %s, as socket.io-parser does', (_, text) => {
    expect(() => referenceDecode(text)).toThrow();
    expect(() => decode(text)).toThrow();
  });

  it('refuses binary packets, which no Parley event carries', () => {
    const [header] = new reference.Encoder().encode({ type: reference.PacketType.EVENT, nsp: '/', data: ['file', new Uint8Array([1, 2])] });
    expect(header).toMatch(/^51-/);
    expect(() => decode(header as string)).toThrow();
    expect(() => new Decoder().add(new Uint8Array([1]))).toThrow();
  });

  it('stops calling a listener once it is removed', () => {
    const decoder = new Decoder();
    const seen: number[] = [];
    const listener = (p: Packet) => seen.push(p.type);
    decoder.on('decoded', listener);
    decoder.add('2["typing",{"typing":true}]');
    decoder.off('decoded', listener);
    decoder.add('1');
    expect(seen).toEqual([PacketType.EVENT]);
  });
});
