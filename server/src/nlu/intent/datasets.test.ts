import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';
import { readBanking77Csv, readClinc150, readJsonl } from './datasets.ts';
import { OUT_OF_SCOPE } from './types.ts';

const dir = mkdtempSync(join(tmpdir(), 'parley-datasets-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('parseCsv', () => {
  it('handles quotes, doubled quotes, commas and line breaks inside fields', () => {
    expect(parseCsv('a,b\r\n"x, ""y""",z\n"multi\nline",w\n')).toEqual([
      ['a', 'b'],
      ['x, "y"', 'z'],
      ['multi\nline', 'w'],
    ]);
  });

  it('keeps a last row without a newline', () => {
    expect(parseCsv('a,b\nc,d')).toEqual([['a', 'b'], ['c', 'd']]);
  });
});

describe('readers', () => {
  it('reads BANKING77 CSV by header names', () => {
    const rows = readBanking77Csv(file('b.csv', 'text,category\n"Where is my card, please?",card_arrival\nhi,greeting\n'));
    expect(rows).toEqual([
      { text: 'Where is my card, please?', intent: 'card_arrival', lang: 'en' },
      { text: 'hi', intent: 'greeting', lang: 'en' },
    ]);
    expect(() => readBanking77Csv(file('bad.csv', 'foo,bar\n1,2\n'))).toThrow(/header/);
  });

  it('reads CLINC150 splits and maps "oos" to out_of_scope', () => {
    const splits = readClinc150(file('c.json', JSON.stringify({ train: [['book a flight', 'book_flight']], oos_test: [['what is love', 'oos']] })));
    expect(splits.train).toEqual([{ text: 'book a flight', intent: 'book_flight', lang: 'en' }]);
    expect(splits.oosTest[0]?.intent).toBe(OUT_OF_SCOPE);
    expect(splits.val).toEqual([]);
  });

  it('reads JSONL, skipping blank lines and naming the bad line', () => {
    const path = file('ok.jsonl', '{"text":"hola","intent":"greet","lang":"es"}\n\n{"text":"bye","intent":"bye"}\n');
    expect(readJsonl(path)).toEqual([
      { text: 'hola', intent: 'greet', lang: 'es' },
      { text: 'bye', intent: 'bye' },
    ]);
    expect(() => readJsonl(file('bad.jsonl', '{"text":"x","intent":"y"}\n{"text":1}\n'))).toThrow(/bad\.jsonl:2/);
  });
});
