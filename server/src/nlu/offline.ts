import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { createLanguageIdentifier, type LanguageIdentifier } from './language/index.ts';
import { OUT_OF_SCOPE, loadIntentClassifier, trainIntentClassifier, type IntentClassifier, type IntentExample } from './intent/index.ts';
import { trainOffThread } from './train-off-thread.ts';
import { isRepeatedQuestion, scoreMessage, shouldHandOff, updateTrajectory, type Trajectory } from './sentiment/index.ts';
import type { IntentResult, Understanding } from './understanding.ts';

/** The shipped catalog (utterances per language) and where trained models are cached between runs. */
const CATALOG_DIR = new URL('./catalog/', import.meta.url).pathname;
const DEFAULT_CACHE_DIR = new URL('../../../node_modules/.cache/parley-nlu/', import.meta.url).pathname;
/** Bumped when training changes, so stale cached models are not reused. */
const MODEL_VERSION = 2;
type Example = { text: string; intent: string };

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

  const classifierFor = (lang: string, extra: readonly Example[]) => {
    const base = available.has(lang) ? lang : 'en';
    const key = extra.length === 0 ? base : `${base}:${createHash('sha256').update(JSON.stringify(extra)).digest('hex').slice(0, 16)}`;
    if (!classifiers.has(key)) classifiers.set(key, trainOrLoad(base, extra));
    return classifiers.get(key)!;
  };

  const trainOrLoad = async (lang: string, extra: readonly Example[]): Promise<IntentClassifier | undefined> => {
    const file = join(catalogDir, 'utterances', `${lang}.json`);
    if (!existsSync(file)) return undefined;
    const raw = readFileSync(file, 'utf8');
    const oosPath = join(catalogDir, 'out-of-scope', `${lang}.json`);
    const oosRaw = existsSync(oosPath) ? readFileSync(oosPath, 'utf8') : '';
    const hash = createHash('sha256').update(`${MODEL_VERSION}\n${raw}\n${oosRaw}\n${JSON.stringify(extra)}`).digest('hex').slice(0, 16);
    const cached = join(cacheDir, `${lang}-${hash}.json`);
    if (existsSync(cached)) {
      try {
        return loadIntentClassifier(JSON.parse(readFileSync(cached, 'utf8')));
      } catch (err) {
        options.log?.warn({ err, cached }, 'ignoring unreadable cached intent model');
      }
    }
    const shipped: IntentExample[] = Object.entries(JSON.parse(raw) as Record<string, string[]>).flatMap(([intent, texts]) =>
      texts.map((text) => ({ text, intent, lang })),
    );
    // Off-topic chat and noise form their own class, so "tell me a joke" is not forced into a broker intent.
    const oosFile = join(catalogDir, 'out-of-scope', `${lang}.json`);
    const offTopic = existsSync(oosFile) ? (JSON.parse(readFileSync(oosFile, 'utf8')) as string[]).map((text) => ({ text, intent: OUT_OF_SCOPE, lang })) : [];
    const examples = [...shipped, ...offTopic, ...extra.map((e) => ({ ...e, lang }))];
    const started = performance.now();
    const json = await trainOffThread(examples).catch((err: unknown) => {
      options.log?.warn({ err }, 'training in a worker failed; training on the main thread');
      return JSON.stringify(trainIntentClassifier(examples).toJSON());
    });
    options.log?.info({ lang, examples: examples.length, ms: Math.round(performance.now() - started) }, 'trained intent model');
    try {
      mkdirSync(cacheDir, { recursive: true });
      // Write then rename, so a concurrent reader never sees half a file.
      const partial = `${cached}.${process.pid}.tmp`;
      writeFileSync(partial, json);
      renameSync(partial, cached);
    } catch (err) {
      options.log?.warn({ err }, 'could not cache the intent model');
    }
    return loadIntentClassifier(JSON.parse(json));
  };

  return {
    warm(langs) {
      for (const lang of langs) void classifierFor(lang, []).catch((err: unknown) => options.log?.warn({ err, lang }, 'warming the intent model failed'));
    },
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
    async classifyIntent(text, lang, extra = []): Promise<IntentResult> {
      const model = await classifierFor(lang, extra);
      if (!model) return { intent: 'out_of_scope', confidence: 0, ranked: [] };
      // The tenant's threshold is applied by the policy stage, so ask for the raw best guess here.
      const prediction = model.classify(text, { oosThreshold: 0 });
      return { intent: prediction.intent, confidence: prediction.confidence, ranked: prediction.ranked };
    },
  };
}
