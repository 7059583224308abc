/**
 * Generic sparse text features: word n-grams plus character n-grams, TF-IDF
 * weighted. Each block is L2-normalised and scaled by its weight, then the
 * whole vector is normalised, so long and short messages live on one scale.
 */
import { base64ToFloat32, base64ToInt32, typedToBase64 } from './base64.ts';
import { hashRange, hashString } from './hash.ts';
import { normalizeText, wordTokens } from './tokenize.ts';
import { normalizeInPlace, type SparseVector } from './sparse.ts';

/** How text becomes features. Every field has a default (see {@link DEFAULT_FEATURE_OPTIONS}). */
export interface FeatureOptions {
  /** Word n-gram sizes, inclusive; `[0, 0]` turns words off. */
  wordNgrams: [number, number];
  /** Character n-gram sizes, inclusive; `[0, 0]` turns characters off. */
  charNgrams: [number, number];
  /** `word`: n-grams inside space-padded words (robust to word order); `text`: across the whole message. */
  charScope: 'word' | 'text';
  /** Relative weight of the character block against the word block. */
  charWeight: number;
  /** Use 1 + ln(tf) instead of raw counts. */
  sublinearTf: boolean;
  /** Drop features seen in fewer training documents than this. */
  minDf: number;
  /** Also pair each word with the next words up to this distance (skip-bigrams); 0 or 1 turns it off. */
  skipWindow: number;
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = {
  wordNgrams: [1, 2],
  charNgrams: [2, 5],
  charScope: 'word',
  charWeight: 1,
  sublinearTf: true,
  minDf: 2,
  skipWindow: 0,
};

const WORD_SEED = 0x57;
const CHAR_SEED = 0xc4;
const SKIP_SEED = 0x5b;

/** Raw term counts of one message, split in a word block and a char block. */
interface TermCounts {
  words: Map<number, number>;
  chars: Map<number, number>;
}

function bump(counts: Map<number, number>, key: number): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function countTerms(text: string, options: FeatureOptions): TermCounts {
  const normalized = normalizeText(text);
  const tokens = wordTokens(normalized);
  const words = new Map<number, number>();
  const chars = new Map<number, number>();
  const [wMin, wMax] = options.wordNgrams;
  if (wMax > 0) {
    for (let n = Math.max(1, wMin); n <= wMax; n++) {
      for (let i = 0; i + n <= tokens.length; i++) bump(words, hashString(tokens.slice(i, i + n).join(' '), WORD_SEED + n));
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    for (let d = 2; d <= options.skipWindow && i + d < tokens.length; d++) bump(words, hashString(`${tokens[i]} ${tokens[i + d]}`, SKIP_SEED));
  }
  const [cMin, cMax] = options.charNgrams;
  if (cMax > 0) {
    const spans = options.charScope === 'word' ? tokens.map((t) => ` ${t} `) : [` ${tokens.join(' ')} `];
    for (const span of spans) {
      for (let n = Math.max(1, cMin); n <= cMax; n++) {
        for (let i = 0; i + n <= span.length; i++) bump(chars, hashRange(span, i, i + n, CHAR_SEED));
      }
    }
  }
  return { words, chars };
}

/** A vocabulary fitted on training text: feature hash → column, with IDF weights. */
export class TextFeaturizer {
  readonly options: FeatureOptions;
  /** Feature hash of each column. */
  readonly hashes: Int32Array;
  /** IDF weight of each column. */
  readonly idf: Float32Array;
  private readonly columnOf: Map<number, number>;

  constructor(options: FeatureOptions, hashes: Int32Array, idf: Float32Array) {
    this.options = options;
    this.hashes = hashes;
    this.idf = idf;
    this.columnOf = new Map();
    hashes.forEach((h, column) => this.columnOf.set(h, column));
  }

  /** Number of columns. */
  get dims(): number {
    return this.hashes.length;
  }

  /** Turns one message into a unit-length sparse vector (unknown features are ignored). */
  featurize(text: string): SparseVector {
    const { words, chars } = countTerms(text, this.options);
    const indices: number[] = [];
    const values: number[] = [];
    this.addBlock(words, 1, indices, values);
    this.addBlock(chars, this.options.charWeight, indices, values);
    const vals = Float32Array.from(values);
    normalizeInPlace(vals);
    return { indices: Int32Array.from(indices), values: vals };
  }

  private addBlock(counts: Map<number, number>, weight: number, indices: number[], values: number[]): void {
    const start = values.length;
    for (const [hash, count] of counts) {
      const column = this.columnOf.get(hash);
      if (column === undefined) continue;
      const tf = this.options.sublinearTf ? 1 + Math.log(count) : count;
      indices.push(column);
      values.push(tf * this.idf[column]!);
    }
    normalizeInPlace(values, start);
    for (let i = start; i < values.length; i++) values[i] = values[i]! * weight;
  }

  /** Plain-JSON form; weights are base64 typed arrays. */
  toJSON(): FeaturizerJson {
    return { options: this.options, hashes: typedToBase64(this.hashes), idf: typedToBase64(this.idf) };
  }

  /** Rebuilds a featurizer from {@link TextFeaturizer.toJSON} output. */
  static fromJSON(json: FeaturizerJson): TextFeaturizer {
    return new TextFeaturizer({ ...DEFAULT_FEATURE_OPTIONS, ...json.options }, base64ToInt32(json.hashes), base64ToFloat32(json.idf));
  }
}

/** Serialized {@link TextFeaturizer}. */
export interface FeaturizerJson {
  options: FeatureOptions;
  hashes: string;
  idf: string;
}

/** Fits vocabulary and smoothed IDF (`ln((1+N)/(1+df)) + 1`) on training texts. */
export function fitFeaturizer(texts: readonly string[], options: Partial<FeatureOptions> = {}): TextFeaturizer {
  const resolved: FeatureOptions = { ...DEFAULT_FEATURE_OPTIONS, ...options };
  const df = new Map<number, number>();
  for (const text of texts) {
    const { words, chars } = countTerms(text, resolved);
    for (const h of words.keys()) bump(df, h);
    for (const h of chars.keys()) bump(df, h);
  }
  const kept = [...df].filter(([, count]) => count >= resolved.minDf);
  const hashes = Int32Array.from(kept, ([h]) => h);
  const idf = Float32Array.from(kept, ([, count]) => Math.log((1 + texts.length) / (1 + count)) + 1);
  return new TextFeaturizer(resolved, hashes, idf);
}

/** Convenience: featurize many texts with one featurizer. */
export function featurize(featurizer: TextFeaturizer, texts: readonly string[]): SparseVector[] {
  return texts.map((t) => featurizer.featurize(t));
}
