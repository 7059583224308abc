/** A sparse feature vector: parallel arrays of column indices and values. */
export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

/** Squared L2 norm of the values. */
export function squaredNorm(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]! * values[i]!;
  return sum;
}

/** Scales values in place to unit L2 norm (zero vectors are left alone). */
export function normalizeInPlace(values: Float32Array | number[], from = 0, to = values.length): void {
  let sum = 0;
  for (let i = from; i < to; i++) sum += values[i]! * values[i]!;
  if (sum === 0) return;
  const inv = 1 / Math.sqrt(sum);
  for (let i = from; i < to; i++) values[i] = values[i]! * inv;
}

/**
 * Appends a dense block (e.g. a sentence embedding) after `offset` columns of a
 * sparse vector, L2-normalised and scaled by `weight`.
 */
export function appendDense(sparse: SparseVector, dense: ArrayLike<number>, offset: number, weight = 1): SparseVector {
  const n = sparse.indices.length;
  const indices = new Int32Array(n + dense.length);
  const values = new Float32Array(n + dense.length);
  indices.set(sparse.indices);
  values.set(sparse.values);
  const norm = Math.sqrt(squaredNorm(dense)) || 1;
  for (let i = 0; i < dense.length; i++) {
    indices[n + i] = offset + i;
    values[n + i] = (dense[i]! / norm) * weight;
  }
  return { indices, values };
}
