import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { twoWordSnippets } from './eval-metrics.ts';
import { formatAccuracyTable, readLabelledMessages, runLanguageEval, scoreLanguage } from './eval.ts';

const fixture = new URL('../../../../tests/fixtures/language/chat.jsonl', import.meta.url).pathname;

describe('scoreLanguage', () => {
  it('computes per-language accuracy and both macro averages', () => {
    const examples = [
      { text: 'a', lang: 'de' }, { text: 'b', lang: 'de' }, { text: 'c', lang: 'en' }, { text: 'd', lang: 'ru' },
    ];
    const report = scoreLanguage(examples, ({ text }) => (text === 'a' || text === 'c' ? 'de' : 'en'));
    expect(report.perLanguage.de).toEqual({ total: 2, correct: 1, accuracy: 0.5 });
    expect(report.perLanguage.en?.accuracy).toBe(0);
    expect(report.macroReply).toBe(0.25);
    expect(report.macroAll).toBeCloseTo(1 / 6);
    expect(formatAccuracyTable({ x: report })).toContain('| de | 2 | 50.0% |');
  });
});

describe('twoWordSnippets', () => {
  it('takes the first and last word pair, or four characters of unspaced scripts', () => {
    expect(twoWordSnippets([{ text: 'mein withdrawal ist pending', lang: 'de' }]).map((s) => s.text)).toEqual(['mein withdrawal', 'ist pending']);
    expect(twoWordSnippets([{ text: 'kaufen geht', lang: 'de' }])).toHaveLength(1);
    expect(twoWordSnippets([{ text: '我的提现还没到账', lang: 'zh-Hans' }]).map((s) => s.text)).toEqual(['我的提现', '还没到账']);
  });
});

describe('runLanguageEval', () => {
  it('reads a JSONL file, prints a table and returns the report', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-lang-'));
    const file = join(dir, 'set.jsonl');
    await writeFile(file, '{"text":"wo bleibt mein geld, die auszahlung fehlt","lang":"de"}\n\n{"text":"привет, где мои деньги","lang":"ru"}\n');
    let printed = '';
    const report = await runLanguageEval(file, { print: (text) => (printed += text) });
    expect(report.total).toBe(2);
    expect(report.perLanguage.de?.correct).toBe(1);
    expect(printed).toContain('| ru | 1 | 100.0% |');
  });

  it('rejects malformed lines with their line number', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-lang-'));
    const file = join(dir, 'bad.jsonl');
    await writeFile(file, '{"text":"ok","lang":"de"}\n{"text":"no label"}\n');
    await expect(readLabelledMessages(file)).rejects.toThrow(':2:');
  });
});

describe('the chat test set', () => {
  it('has at least 40 messages per reply language and at least 10 other languages', async () => {
    const report = scoreLanguage(await readLabelledMessages(fixture), () => '');
    const counts = Object.entries(report.perLanguage).map(([lang, row]) => [lang, row.total] as const);
    const reply = ['en', 'zh-Hans', 'zh-Hant', 'ja', 'ko', 'es', 'pt-BR', 'de', 'fr', 'ar', 'hi', 'th', 'vi', 'id'];
    for (const lang of reply) expect(report.perLanguage[lang]?.total, lang).toBeGreaterThanOrEqual(40);
    expect(counts.filter(([lang]) => !reply.includes(lang)).length).toBeGreaterThanOrEqual(10);
  });
});
