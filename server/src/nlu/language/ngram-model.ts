import { eld } from 'eld/medium';

/** Language scores from the n-gram model, keyed by eld's ISO 639-1 codes (higher is better). */
export type ModelScores = ReadonlyMap<string, number>;

/** A statistical model that scores a (cleaned) text against every language it knows. */
export interface NgramModel {
  scores(text: string): ModelScores;
}

const shared: NgramModel = {
  scores(text) {
    if (!text) return new Map();
    return new Map(Object.entries(eld.detect(text).getScores()));
  },
};

/**
 * eld's medium database (loaded once per process at import, ~0.4 s and ~70 MB per eld's README).
 * Every identifier shares the module's instance: tenant restriction is applied to the scores
 * afterwards, so eld's own subset and cleanup settings are never changed.
 */
export function createEldModel(): NgramModel {
  return shared;
}
