/** Small metric helpers for classification reports. */

/** The q-quantile (0..1) of values, by nearest rank; 0 for an empty list. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Macro-averaged F1 over every label that occurs as truth or prediction. */
export function macroF1(truth: readonly string[], predicted: readonly string[]): number {
  const tp = new Map<string, number>();
  const fp = new Map<string, number>();
  const fn = new Map<string, number>();
  const add = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  truth.forEach((t, i) => {
    const p = predicted[i]!;
    if (t === p) add(tp, t);
    else {
      add(fp, p);
      add(fn, t);
    }
  });
  const labels = new Set([...truth, ...predicted]);
  let sum = 0;
  for (const label of labels) {
    const t = tp.get(label) ?? 0;
    const denominator = 2 * t + (fp.get(label) ?? 0) + (fn.get(label) ?? 0);
    sum += denominator === 0 ? 0 : (2 * t) / denominator;
  }
  return labels.size === 0 ? 0 : sum / labels.size;
}

/** One entry of the confusion list: how often `expected` was taken for `predicted`. */
export interface Confusion {
  expected: string;
  predicted: string;
  count: number;
}

/** The `limit` most frequent (expected → predicted) mistakes. */
export function worstConfusions(truth: readonly string[], predicted: readonly string[], limit = 10): Confusion[] {
  const counts = new Map<string, Confusion>();
  truth.forEach((expected, i) => {
    const p = predicted[i]!;
    if (p === expected) return;
    const key = `${expected}\u0000${p}`;
    const entry = counts.get(key) ?? { expected, predicted: p, count: 0 };
    entry.count++;
    counts.set(key, entry);
  });
  return [...counts.values()].sort((a, b) => b.count - a.count || a.expected.localeCompare(b.expected)).slice(0, limit);
}
