/**
 * Handoff benchmark: replays the labelled conversations of tests/fixtures/handoff/eval.jsonl and holdout-*.jsonl
 * through Parley's scorer and through three baselines, and prints per-language precision,
 * recall and the share of routine conversations handed off.
 * Run: node --import tsx tests/bench/handoff.ts [--errors] [--tuning]
 * Targets: recall ≥ 90 % with ≤ 5 % of routine conversations handed off.
 * Every set was written by the same person who wrote the lexicons; the held-out sets were each
 * measured once before anything was tuned against them, and that first figure is printed in the
 * set's title. Only the last set has never been tuned against: trust it most.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  DEFAULT_HANDOFF_THRESHOLD,
  isRepeatedQuestion,
  scoreMessage,
  shouldHandOff,
  updateTrajectory,
  type MessageSignals,
  type Trajectory,
} from '../../server/src/nlu/sentiment/index.ts';
import { lexiconFor } from '../../server/src/nlu/sentiment/lexicon/index.ts';
import { countMatches, foldText } from '../../server/src/nlu/sentiment/normalize.ts';

interface Conversation {
  lang: string;
  turns: string[];
  handoff: boolean;
  why: string;
}

/** A strategy decides, turn by turn, whether to hand off; returns the 1-based turn or 0 for never. */
type Strategy = (conversation: Conversation, scored: MessageSignals[]) => number;

/** Read a labelled set from tests/fixtures/handoff/. */
function loadSet(name: string): Conversation[] {
  const file = fileURLToPath(new URL(`../fixtures/handoff/${name}`, import.meta.url));
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Conversation);
}

const firstTurn = (flags: boolean[]) => flags.indexOf(true) + 1;

/** Parley: message signals folded into the trajectory, conversation cues included. */
const parley: Strategy = (conversation, scored) => {
  let trajectory: Trajectory | undefined;
  const flags = conversation.turns.map((text, i) => {
    const repeatedQuestion = isRepeatedQuestion(text, conversation.turns.slice(0, i));
    trajectory = updateTrajectory(trajectory, scored[i]!, { botFallbacksInARow: 0, repeatedQuestion }, text);
    return shouldHandOff(trajectory).handoff;
  });
  return firstTurn(flags);
};

/** Baseline: Parley's per-message scores, but judged one message at a time (no trajectory). */
const messageOnly: Strategy = (_conversation, scored) =>
  firstTurn(scored.map((s) => s.regulatorThreat || s.negativity >= DEFAULT_HANDOFF_THRESHOLD + 0.15));

/** Baseline: lexicon hits only (negative or hostile words, VADER-style), any message. */
const lexiconOnly: Strategy = (conversation) =>
  firstTurn(
    conversation.turns.map((text) => {
      const lexicon = lexiconFor(conversation.lang);
      const folded = foldText(text);
      return countMatches(lexicon.negative, folded) + countMatches(lexicon.anger, folded) * 2 >= 2;
    }),
  );

/** Baseline: the trained model alone, P(upset) ≥ 0.5 on any message. */
const modelOnly: Strategy = (_conversation, scored) => firstTurn(scored.map((s) => s.model >= 0.5));

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
const emptyTally = (): Tally => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

function tallyOf(strategy: Strategy, subset: { conversation: Conversation; scored: MessageSignals[] }[]): Tally {
  const t = emptyTally();
  for (const { conversation, scored } of subset) {
    const predicted = strategy(conversation, scored) > 0;
    if (predicted && conversation.handoff) t.tp++;
    else if (predicted) t.fp++;
    else if (conversation.handoff) t.fn++;
    else t.tn++;
  }
  return t;
}

const pct = (num: number, den: number) => (den === 0 ? '   -' : `${((100 * num) / den).toFixed(0).padStart(3)}%`);
const f1 = (t: Tally) => (2 * t.tp === 0 ? 0 : (2 * t.tp) / (2 * t.tp + t.fp + t.fn));

type Scored = { conversation: Conversation; scored: MessageSignals[] }[];

const strategies: [string, Strategy][] = [
  ['Parley (trajectory)', parley],
  ['message-only', messageOnly],
  ['model-only', modelOnly],
  ['lexicon-only', lexiconOnly],
];

function score(conversations: Conversation[]): { scored: Scored; msPerMessage: number } {
  const started = performance.now();
  const scored = conversations.map((conversation) => ({
    conversation,
    scored: conversation.turns.map((text) => scoreMessage(text, conversation.lang)),
  }));
  const messages = conversations.reduce((n, c) => n + c.turns.length, 0);
  return { scored, msPerMessage: (performance.now() - started) / messages };
}

/** Per-language P / R / FPR table, one column group per strategy. */
function printTable(scoredAll: Scored): void {
  const languages = [...new Set(scoredAll.map(({ conversation }) => conversation.lang))];
  console.log('P = precision of "should go to a person", R = recall, FPR = routine conversations handed off\n');
  console.log(['lang'.padEnd(8), ...strategies.map(([name]) => name.padEnd(24))].join(' '));
  console.log(['', ...strategies.map(() => '   P     R   FPR     ')].join('        '));
  for (const lang of [...languages, 'ALL']) {
    const subset = scoredAll.filter(({ conversation }) => lang === 'ALL' || conversation.lang === lang);
    const cells = strategies.map(([, strategy]) => {
      const t = tallyOf(strategy, subset);
      return `${pct(t.tp, t.tp + t.fp)} ${pct(t.tp, t.tp + t.fn)} ${pct(t.fp, t.fp + t.tn)}`.padEnd(24);
    });
    if (lang === 'ALL') console.log('-'.repeat(8 + 25 * strategies.length));
    console.log([lang.padEnd(8), ...cells].join(' '));
  }
  console.log('\nmacro-F1 over languages:');
  for (const [name, strategy] of strategies) {
    const perLang = languages.map((lang) => f1(tallyOf(strategy, scoredAll.filter(({ conversation }) => conversation.lang === lang))));
    console.log(`  ${name.padEnd(22)} ${(100 * (perLang.reduce((a, b) => a + b, 0) / perLang.length)).toFixed(1)}`);
  }
}

/** Share handed off and mean handoff turn per scenario label. */
function printScenarios(scoredAll: Scored): void {
  console.log('\nParley by scenario (share handed off, mean turn of handoff):');
  for (const why of [...new Set(scoredAll.map(({ conversation }) => conversation.why))]) {
    const subset = scoredAll.filter(({ conversation }) => conversation.why === why);
    const turns = subset.map(({ conversation, scored }) => parley(conversation, scored)).filter((turn) => turn > 0);
    const mean = turns.length ? (turns.reduce((a, b) => a + b, 0) / turns.length).toFixed(1) : '-';
    console.log(`  ${why.padEnd(18)} ${pct(turns.length, subset.length)} of ${String(subset.length).padStart(3)}   turn ${mean}`);
  }
}

function printTargets(scoredAll: Scored): void {
  const all = tallyOf(parley, scoredAll);
  const recall = all.tp / (all.tp + all.fn);
  const fpr = all.fp / (all.fp + all.tn);
  console.log(
    `\ntarget recall ≥ 90%: ${(100 * recall).toFixed(1)}% ${recall >= 0.9 ? 'MET' : 'MISSED'}; ` +
      `target routine handed off ≤ 5%: ${(100 * fpr).toFixed(1)}% ${fpr <= 0.05 ? 'MET' : 'MISSED'}`,
  );
}

function printErrors(scoredAll: Scored): void {
  for (const { conversation, scored } of scoredAll) {
    const predicted = parley(conversation, scored) > 0;
    if (predicted !== conversation.handoff) {
      console.log(`  ${predicted ? 'FP' : 'FN'} ${conversation.lang} ${conversation.why}: ${JSON.stringify(conversation.turns)}`);
    }
  }
}

const sets: [string, string][] = [
  ['eval.jsonl', 'evaluation set (first run before tuning: recall 77%, 3.9% routine handed off; then tuned against)'],
  ['holdout-1.jsonl', 'held-out set 1 (measured blind once: recall 39%, 1.2% routine handed off; then tuned against)'],
  ['holdout-2.jsonl', 'held-out set 2 (measured blind once: recall 39%, 0% routine handed off; then tuned against)'],
  ['holdout-3.jsonl', 'held-out set 3 (measured blind once: recall 34%, 0% routine handed off; then more training data and one rule)'],
  ['dev.jsonl', 'development set (336 conversations by three other authors, written with the 2026-11-24 training data; tuned against)'],
  ['holdout-4.jsonl', 'held-out set 4 (written after the last tuning change, never tuned against)'],
  ['holdout-5.jsonl', 'held-out set 5, written blind (its author never saw the training data or the cue lists): measured blind twice (recall 86% / 9.5% routine, then 94% / 13.1% after the 2026-11-24 scorer); since tuned against'],
  ['holdout-6.jsonl', 'held-out set 6 (written blind by another author; first measured before the 2026-11-24 training data)'],
  ['holdout-7.jsonl', 'held-out set 7 (written blind by a third author; first measured on the scorer before the calm-follow-up and apology cues)'],
];
// `--tuning` prints only the sets the scorer may be tuned against, so the blind sets stay unseen while working.
const tuning = process.argv.includes('--tuning');
const BLIND = /^holdout-[467]/;
const blindSets = sets.filter(([name]) => BLIND.test(name)).map(([name]) => name);
// Per language, one set holds only a dozen conversations; the blind sets together give a steadier figure.
const pooled: [string, string][] = tuning ? [] : [[blindSets.join('+'), 'the never-tuned sets pooled (per-language figures from ~38 conversations each)']];
for (const [name, description] of [...sets, ...pooled]) {
  if (tuning && BLIND.test(name)) continue;
  const conversations = name.split('+').flatMap(loadSet);
  const { scored, msPerMessage } = score(conversations);
  const messages = conversations.reduce((n, c) => n + c.turns.length, 0);
  const languages = new Set(conversations.map((c) => c.lang)).size;
  console.log(`\n=== ${name}: ${description}`);
  console.log(`${conversations.length} conversations, ${messages} customer messages, ${languages} languages; `);
  console.log(`scoring ${msPerMessage.toFixed(3)} ms/message (lexicons + model), threshold ${DEFAULT_HANDOFF_THRESHOLD}\n`);
  printTable(scored);
  printScenarios(scored);
  printTargets(scored);
  if (process.argv.includes('--errors')) {
    console.log('\nParley errors:');
    printErrors(scored);
  }
}
