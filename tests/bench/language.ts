// Language identification on the chat test set: eld and tinyld alone versus Parley's identifier,
// full messages and two-word snippets, plus per-message latency. Run:
//   node --import tsx tests/bench/language.ts [file.jsonl]
import { eld } from 'eld/medium';
import { detect as tinyldDetect } from 'tinyld';
import { createLanguageIdentifier } from '../../server/src/nlu/language/index.ts';
import { formatAccuracyTable, readLabelledMessages, scoreLanguage } from '../../server/src/nlu/language/eval.ts';
import { twoWordSnippets, type LabelledMessage } from '../../server/src/nlu/language/eval-metrics.ts';

const fixtures = (name: string) => new URL(`../fixtures/language/${name}`, import.meta.url).pathname;
// chat.jsonl was used to set the thresholds and word lists; holdout.jsonl was written afterwards
// and never tuned on, so its figures are the honest ones.
const files = process.argv.length > 2 ? process.argv.slice(2) : [fixtures('chat.jsonl'), fixtures('holdout.jsonl')];

// A plain integration of either library can only say "zh" and "pt": map them the obvious way.
const plainTag = (code: string) => (code === 'zh' ? 'zh-Hans' : code === 'pt' ? 'pt-BR' : code);
const eldAlone = eld.newInstance();
const eldGuess = (text: string) => plainTag(eldAlone.detect(text).language);
const tinyldGuess = (text: string) => plainTag(tinyldDetect(text));

const parley = createLanguageIdentifier();
// A conversation in another language: English, or German for English messages.
const otherLanguage = (lang: string) => (lang === 'en' ? 'de' : 'en');

const columnsFor = (messages: LabelledMessage[], pairs: LabelledMessage[]) => ({
  'eld alone': scoreLanguage(messages, ({ text }) => eldGuess(text)),
  'tinyld alone': scoreLanguage(messages, ({ text }) => tinyldGuess(text)),
  'parley': scoreLanguage(messages, ({ text }) => parley.identify(text).lang),
  'eld 2w': scoreLanguage(pairs, ({ text }) => eldGuess(text)),
  'tinyld 2w': scoreLanguage(pairs, ({ text }) => tinyldGuess(text)),
  'parley 2w': scoreLanguage(pairs, ({ text }) => parley.identify(text).lang),
  'parley 2w + prior': scoreLanguage(pairs, ({ text, lang }) => parley.identify(text, { conversation: lang }).lang),
  'parley 2w, other conv.': scoreLanguage(pairs, ({ text, lang }) => parley.identify(text, { conversation: otherLanguage(lang) }).lang),
});

/** Per-call latency in microseconds over several passes of the set (first pass warms up). */
function latency(identify: (text: string) => unknown, set: readonly LabelledMessage[]): { p50: number; p99: number } {
  const samples: number[] = [];
  for (let pass = 0; pass < 6; pass++) {
    for (const { text } of set) {
      const start = performance.now();
      identify(text);
      if (pass > 0) samples.push((performance.now() - start) * 1000);
    }
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99) };
}

const all: LabelledMessage[] = [];
for (const file of files) {
  const messages = await readLabelledMessages(file);
  all.push(...messages);
  const pairs = twoWordSnippets(messages);
  console.log(`## ${file.split('/').pop()}: ${messages.length} messages, ${pairs.length} two-word snippets\n`);
  console.log(formatAccuracyTable(columnsFor(messages, pairs)));
  console.log('');
}
console.log('"2w" = two-word snippets without prior; "+ prior" = conversation already in the true language;');
console.log('"other conv." = conversation in another language (en, or de for English messages): how often a two-word');
console.log('message in a new language is followed (low by design: short messages keep the conversation language).\n');
const start = performance.now();
createLanguageIdentifier();
console.log(`identifier construction (database already imported): ${(performance.now() - start).toFixed(2)} ms\n`);
console.log('| latency per message | p50 µs | p99 µs |\n| --- | --: | --: |');
for (const [name, identify] of [
  ['eld alone', (t: string) => eldAlone.detect(t)],
  ['tinyld alone', (t: string) => tinyldDetect(t)],
  ['parley', (t: string) => parley.identify(t, { conversation: 'en' })],
] as const) {
  const { p50, p99 } = latency(identify, all);
  console.log(`| ${name} | ${p50.toFixed(1)} | ${p99.toFixed(1)} |`);
}
