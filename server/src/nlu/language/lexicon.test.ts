import { describe, expect, it } from 'vitest';
import { hinglishScore, malayOrIndonesian, withoutLoanwords } from './lexicon.ts';

const words = (text: string) => text.split(' ');

describe('hinglishScore', () => {
  it('scores romanised Hindi high and other languages zero', () => {
    expect(hinglishScore(words('mera paisa abhi tak nahi aaya'))).toBeGreaterThan(0.8);
    expect(hinglishScore(words('my money has not arrived yet'))).toBe(0);
    expect(hinglishScore(words('me de la plata'))).toBe(0);
  });

  it('takes a closing copula after English words as Hindi', () => {
    expect(hinglishScore(words('pending hai'))).toBeGreaterThanOrEqual(0.5);
    expect(hinglishScore(words('hai pending'))).toBe(0);
    expect(hinglishScore(words('hai saya mau'))).toBe(0);
  });
});

describe('malayOrIndonesian', () => {
  it('defaults to Indonesian and needs Malay markers for Malay', () => {
    expect(malayOrIndonesian(words('saya mau tarik uang tapi gak bisa'))).toBe('id');
    expect(malayOrIndonesian(words('saya tak boleh log masuk akaun'))).toBe('ms');
    expect(malayOrIndonesian(words('saya mau beli saham'))).toBe('id');
  });
});

describe('withoutLoanwords', () => {
  it('drops English brokerage words only when enough of the message remains', () => {
    expect(withoutLoanwords(words('mein withdrawal ist seit tagen pending'))).toEqual(['mein', 'ist', 'seit', 'tagen']);
    expect(withoutLoanwords(words('margin call kaufen'))).toEqual(['margin', 'call', 'kaufen']);
  });
});
