import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { createLanguageIdentifier, type LanguageIdentifier } from './language/index.ts';
import { loadIntentClassifier, trainIntentClassifier, type IntentClassifier, type IntentExample } from './intent/index.ts';
import { scoreMessage, shouldHandOff, updateTrajectory, type Trajectory } from './sentiment/index.ts';
import { isRepeatedQuestion } from './repetition.ts';
import type { IntentResult, Understanding } from './understanding.ts';

/** The shipped catalog (utterances per language) and where trained models are cached between runs. */
const CATALOG_DIR = new URL('./catalog/', import.meta.url).pathname;
const DEFAULT_CACHE_DIR = new URL('../../../node_modules/.cache/parley-nlu/', import.meta.url).pathname;
/** Bumped when training changes, so stale cached models are not reused. */
const MODEL_VERSION = 1;
/** The trajectory replays at most this many earlier customer messages. */
const TRAJECTORY_WINDOW = 12;

export interface OfflineOptions {
  catalogDir?: string;
  cacheDir?: string;
  log?: Logger;
}

/**
 * Understanding that runs on this machine with nothing to download: language identification,
 * frustration scoring and one intent classifier per language, trained from the catalog on first use
 * and cached on disk (keyed by a hash of the training data).
 */
export function createOfflineUnderstanding(options: OfflineOptions = {}): Understanding {
  const catalogDir = options.catalogDir ?? CATALOG_DIR;
  const cacheDir = options.cacheDir ?? DEFAULT_CACHE_DIR;
  const identifiers = new Map<string, LanguageIdentifier>();
  const classifiers = new Map<string, Promise<IntentClassifier | undefined>>();
  const available = new Set(
    readdirSync(join(catalogDir, 'utterances'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -5)),
  );

  const classifierFor = (lang: string) => {
    const key = available.has(lang) ? lang : 'en';
    if (!classifiers.has(key)) classifiers.set(key, trainOrLoad(key));
    return classifiers.get(key)!;
  };

  const trainOrLoad = async (lang: string): Promise<IntentClassifier | undefined> => {
    const file = join(catalogDir, 'utterances', `${lang}.json`);
    if (!existsSync(file)) return undefined;
    const raw = readFileSync(file, 'utf8');
    const hash = createHash('sha256').update(`${MODEL_VERSION}\n${raw}`).digest('hex').slice(0, 16);
    const cached = join(cacheDir, `${lang}-${hash}.json`);
    if (existsSync(cached)) {
      try {
        return loadIntentClassifier(JSON.parse(readFileSync(cached, 'utf8')));
      } catch (err) {
        options.log?.warn({ err, cached }, 'ignoring unreadable cached intent model');
      }
    }
    const examples: IntentExample[] = Object.entries(JSON.parse(raw) as Record<string, string[]>).flatMap(([intent, texts]) =>
      texts.map((text) => ({ text, intent, lang })),
    );
    const started = performance.now();
    const model = await trainIntentClassifier(examples);
    options.log?.info({ lang, examples: examples.length, ms: Math.round(performance.now() - started) }, 'trained intent model');
    try {
      mkdirSync(cacheDir, { recursive: true });
      writeFileSync(cached, JSON.stringify(model.toJSON()));
    } catch (err) {
      options.log?.warn({ err }, 'could not cache the intent model');
    }
    return model;
  };

  return {
    identifyLanguage(text, prior, enabled) {
      const key = enabled.join(',');
      if (!identifiers.has(key)) identifiers.set(key, createLanguageIdentifier({ enabled }));
      return identifiers.get(key)!.identify(text, prior);
    },
    scoreSentiment({ text, lang, previousTexts, botFallbacksInARow, threshold }) {
      let trajectory: Trajectory | undefined;
      const earlier = previousTexts.slice(-TRAJECTORY_WINDOW);
      earlier.forEach((t, i) => {
        const repeatedQuestion = isRepeatedQuestion(t, earlier.slice(0, i));
        trajectory = updateTrajectory(trajectory, scoreMessage(t, lang), { botFallbacksInARow: 0, repeatedQuestion }, t);
      });
      const signals = scoreMessage(text, lang);
      trajectory = updateTrajectory(trajectory, signals, { botFallbacksInARow, repeatedQuestion: isRepeatedQuestion(text, earlier) }, text);
      const verdict = shouldHandOff(trajectory, threshold);
      return { sentiment: signals.sentiment, handoff: verdict.handoff, ...(verdict.reason ? { reason: verdict.reason } : {}), trajectory };
    },
    async classifyIntent(text, lang): Promise<IntentResult> {
      const model = await classifierFor(lang);
      if (!model) return { intent: 'out_of_scope', confidence: 0, ranked: [] };
      // The tenant's threshold is applied by the policy stage, so ask for the raw best guess here.
      const prediction = model.classify(text, { oosThreshold: 0 });
      return { intent: prediction.intent, confidence: prediction.confidence, ranked: prediction.ranked };
    },
  };
}
