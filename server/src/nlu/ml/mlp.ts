/**
 * A one-hidden-layer perceptron (ReLU) over sparse inputs, trained by plain
 * SGD with a linearly decaying learning rate. The first layer is an
 * embedding-bag: only the rows of an input's active features are read or
 * updated, so an epoch costs O(nnz · hidden), not O(dims · hidden).
 * It catches feature interactions a linear model cannot, and its errors
 * differ enough from the linear model's to make a useful ensemble member.
 */
import { base64ToFloat32, typedToBase64 } from './base64.ts';
import { dequantizeRows, quantizeRows, type Int8Matrix } from './quantize.ts';
import { seededRandom, shuffleInPlace } from './random.ts';
import type { SparseVector } from './sparse.ts';

/** Weights of the network; `w1` is feature-major (`w1[f * hidden + u]`), `w2` unit-major. */
export interface MlpModel {
  dims: number;
  hidden: number;
  classes: number;
  w1: Float32Array;
  b1: Float32Array;
  w2: Float32Array;
  b2: Float32Array;
}

/** Training knobs; all optional. */
export interface MlpOptions {
  hidden: number;
  epochs: number;
  /** Starting learning rate, decayed linearly to 0. */
  learningRate: number;
  /** Small data sets get extra epochs until at least this many SGD steps are taken. */
  minSteps: number;
  seed: number;
}

export const DEFAULT_MLP_OPTIONS: MlpOptions = { hidden: 128, epochs: 8, learningRate: 0.2, minSteps: 20_000, seed: 3 };

/** Hidden activations of one input, written into `out`. */
function hiddenLayer(model: MlpModel, x: SparseVector, out: Float64Array): Float64Array {
  const { hidden, w1, b1 } = model;
  for (let u = 0; u < hidden; u++) out[u] = b1[u]!;
  for (let j = 0; j < x.indices.length; j++) {
    const base = x.indices[j]! * hidden;
    const v = x.values[j]!;
    for (let u = 0; u < hidden; u++) out[u] = out[u]! + v * w1[base + u]!;
  }
  for (let u = 0; u < hidden; u++) if (out[u]! < 0) out[u] = 0;
  return out;
}

function outputLayer(model: MlpModel, h: Float64Array, out: Float64Array): Float64Array {
  const { hidden, classes, w2, b2 } = model;
  for (let k = 0; k < classes; k++) out[k] = b2[k]!;
  for (let u = 0; u < hidden; u++) {
    const hu = h[u]!;
    if (hu === 0) continue;
    const base = u * classes;
    for (let k = 0; k < classes; k++) out[k] = out[k]! + hu * w2[base + k]!;
  }
  return out;
}

/** Class logits of one input. */
export function mlpScores(model: MlpModel, x: SparseVector, out = new Float64Array(model.classes)): Float64Array {
  return outputLayer(model, hiddenLayer(model, x, new Float64Array(model.hidden)), out);
}

/** Fits the network with softmax cross-entropy; `labels[i]` is the class index of `inputs[i]`. */
export function trainMlp(
  inputs: readonly SparseVector[],
  labels: ArrayLike<number>,
  dims: number,
  classes: number,
  options: Partial<MlpOptions> = {},
): MlpModel {
  const opts = { ...DEFAULT_MLP_OPTIONS, ...options };
  const { hidden } = opts;
  const random = seededRandom(opts.seed);
  // Glorot-uniform initialisation; the fan-in of layer 1 is the typical input size, not dims.
  const uniform = (limit: number) => () => (random() * 2 - 1) * limit;
  const model: MlpModel = {
    dims,
    hidden,
    classes,
    w1: Float32Array.from({ length: dims * hidden }, uniform(Math.sqrt(6 / (hidden + 50)))),
    b1: new Float32Array(hidden),
    w2: Float32Array.from({ length: hidden * classes }, uniform(Math.sqrt(6 / (hidden + classes)))),
    b2: new Float32Array(classes),
  };
  const { w1, b1, w2, b2 } = model;
  const h = new Float64Array(hidden);
  const dh = new Float64Array(hidden);
  const p = new Float64Array(classes);
  const order = Int32Array.from(inputs, (_, i) => i);
  const epochs = Math.max(opts.epochs, Math.ceil(opts.minSteps / Math.max(1, inputs.length)));
  const total = epochs * inputs.length;
  let t = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const i of order) {
      const eta = opts.learningRate * (1 - t++ / total);
      const x = inputs[i]!;
      outputLayer(model, hiddenLayer(model, x, h), p);
      softmaxLogits(p);
      p[labels[i]!] = p[labels[i]!]! - 1;
      for (let u = 0; u < hidden; u++) {
        const hu = h[u]!;
        dh[u] = 0;
        if (hu === 0) continue; // ReLU gate: no gradient flows through inactive units
        const base = u * classes;
        let back = 0;
        for (let k = 0; k < classes; k++) {
          back += w2[base + k]! * p[k]!;
          w2[base + k] = w2[base + k]! - eta * hu * p[k]!;
        }
        dh[u] = back;
      }
      for (let k = 0; k < classes; k++) b2[k] = b2[k]! - eta * p[k]!;
      for (let j = 0; j < x.indices.length; j++) {
        const base = x.indices[j]! * hidden;
        const step = eta * x.values[j]!;
        for (let u = 0; u < hidden; u++) w1[base + u] = w1[base + u]! - step * dh[u]!;
      }
      for (let u = 0; u < hidden; u++) b1[u] = b1[u]! - eta * dh[u]!;
    }
  }
  return model;
}

function softmaxLogits(z: Float64Array): void {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (let k = 0; k < z.length; k++) sum += z[k] = Math.exp(z[k]! - max);
  for (let k = 0; k < z.length; k++) z[k] = z[k]! / sum;
}

/** Serialized {@link MlpModel}. */
export interface MlpModelJson {
  dims: number;
  hidden: number;
  classes: number;
  /** float32 base64, or int8 rows. */
  w1: string | Int8Matrix;
  b1: string;
  w2: string | Int8Matrix;
  b2: string;
}

/** Plain-JSON form of a network; `int8` stores weight matrices at a quarter of the size (lossy). */
export function mlpToJson(m: MlpModel, options: { int8?: boolean } = {}): MlpModelJson {
  const matrix = (w: Float32Array, rowSize: number) => (options.int8 ? quantizeRows(w, rowSize) : typedToBase64(w));
  return { dims: m.dims, hidden: m.hidden, classes: m.classes, w1: matrix(m.w1, m.hidden), b1: typedToBase64(m.b1), w2: matrix(m.w2, m.classes), b2: typedToBase64(m.b2) };
}

/** Rebuilds a network from {@link mlpToJson} output. */
export function mlpFromJson(json: MlpModelJson): MlpModel {
  const matrix = (w: string | Int8Matrix, rowSize: number) => (typeof w === 'string' ? base64ToFloat32(w) : dequantizeRows(w, rowSize));
  const model = { ...json, w1: matrix(json.w1, json.hidden), b1: base64ToFloat32(json.b1), w2: matrix(json.w2, json.classes), b2: base64ToFloat32(json.b2) };
  if (model.w1.length !== json.dims * json.hidden || model.w2.length !== json.hidden * json.classes) throw new Error('mlp: weight count does not match the shape');
  return model;
}
