/**
 * Confidence calibration: temperature scaling (Guo et al. 2017) and expected
 * calibration error. One scalar T divides the logits; it changes how sure the
 * model sounds, never which class wins.
 */
import { softmaxInPlace } from './linear.ts';

function negativeLogLikelihood(logits: readonly Float64Array[], labels: ArrayLike<number>, temperature: number): number {
  let total = 0;
  for (let i = 0; i < logits.length; i++) {
    const p = softmaxInPlace(Float64Array.from(logits[i]!), temperature);
    total -= Math.log(Math.max(p[labels[i]!]!, 1e-12));
  }
  return total / Math.max(1, logits.length);
}

/**
 * The temperature that minimises held-out negative log-likelihood, by golden
 * section search over ln T in [-3, 4] (the NLL is unimodal in T).
 */
export function fitTemperature(logits: readonly Float64Array[], labels: ArrayLike<number>): number {
  if (logits.length === 0) return 1;
  const phi = (Math.sqrt(5) - 1) / 2;
  let lo = -3;
  let hi = 4;
  let a = hi - phi * (hi - lo);
  let b = lo + phi * (hi - lo);
  let fa = negativeLogLikelihood(logits, labels, Math.exp(a));
  let fb = negativeLogLikelihood(logits, labels, Math.exp(b));
  for (let step = 0; step < 40; step++) {
    if (fa < fb) {
      hi = b;
      b = a;
      fb = fa;
      a = hi - phi * (hi - lo);
      fa = negativeLogLikelihood(logits, labels, Math.exp(a));
    } else {
      lo = a;
      a = b;
      fa = fb;
      b = lo + phi * (hi - lo);
      fb = negativeLogLikelihood(logits, labels, Math.exp(b));
    }
  }
  return Math.exp((lo + hi) / 2);
}

/**
 * Expected calibration error: the bin-size-weighted gap between mean
 * confidence and accuracy over equal-width confidence bins.
 */
export function expectedCalibrationError(confidences: ArrayLike<number>, correct: ArrayLike<boolean>, bins = 15): number {
  const count = new Float64Array(bins);
  const confSum = new Float64Array(bins);
  const hitSum = new Float64Array(bins);
  for (let i = 0; i < confidences.length; i++) {
    const c = confidences[i]!;
    const bin = Math.min(bins - 1, Math.floor(c * bins));
    count[bin] = count[bin]! + 1;
    confSum[bin] = confSum[bin]! + c;
    hitSum[bin] = hitSum[bin]! + (correct[i] ? 1 : 0);
  }
  let ece = 0;
  for (let b = 0; b < bins; b++) {
    if (count[b]! > 0) ece += (count[b]! / confidences.length) * Math.abs(confSum[b]! / count[b]! - hitSum[b]! / count[b]!);
  }
  return ece;
}
