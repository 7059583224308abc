/**
 * A dense multi-class linear model over sparse inputs. Weights are stored
 * feature-major (`weights[feature * classes + k]`) so scoring one message
 * walks contiguous memory for each active feature.
 */
import { base64ToFloat32, typedToBase64 } from './base64.ts';
import { dequantizeRows, quantizeRows, type Int8Matrix } from './quantize.ts';
import type { SparseVector } from './sparse.ts';

/** Weights and biases of a linear classifier. */
export interface LinearModel {
  dims: number;
  classes: number;
  weights: Float32Array;
  bias: Float32Array;
}

/** Serialized {@link LinearModel}. */
export interface LinearModelJson {
  dims: number;
  classes: number;
  /** float32 base64, or int8 rows (one row per feature). */
  weights: string | Int8Matrix;
  bias: string;
}

/** Raw class scores (logits) of one input, written into `out` when given. */
export function linearScores(model: LinearModel, x: SparseVector, out = new Float64Array(model.classes)): Float64Array {
  const { classes, weights, bias } = model;
  for (let k = 0; k < classes; k++) out[k] = bias[k]!;
  for (let j = 0; j < x.indices.length; j++) {
    const base = x.indices[j]! * classes;
    const v = x.values[j]!;
    for (let k = 0; k < classes; k++) out[k] = out[k]! + v * weights[base + k]!;
  }
  return out;
}

/** Softmax of `logits / temperature`, in place; returns the same array. */
export function softmaxInPlace(logits: Float64Array, temperature = 1): Float64Array {
  let max = -Infinity;
  for (const z of logits) if (z > max) max = z;
  let sum = 0;
  for (let k = 0; k < logits.length; k++) {
    const e = Math.exp((logits[k]! - max) / temperature);
    logits[k] = e;
    sum += e;
  }
  for (let k = 0; k < logits.length; k++) logits[k] = logits[k]! / sum;
  return logits;
}

/** Plain-JSON form of a model; `int8` stores weights at a quarter of the size (lossy, see quantize.ts). */
export function linearModelToJson(model: LinearModel, options: { int8?: boolean } = {}): LinearModelJson {
  const weights = options.int8 ? quantizeRows(model.weights, model.classes) : typedToBase64(model.weights);
  return { dims: model.dims, classes: model.classes, weights, bias: typedToBase64(model.bias) };
}

/** Rebuilds a model from {@link linearModelToJson} output. */
export function linearModelFromJson(json: LinearModelJson): LinearModel {
  const weights = typeof json.weights === 'string' ? base64ToFloat32(json.weights) : dequantizeRows(json.weights, json.classes);
  if (weights.length !== json.dims * json.classes) throw new Error('linear model: weight count does not match dims × classes');
  return { dims: json.dims, classes: json.classes, weights, bias: base64ToFloat32(json.bias) };
}
