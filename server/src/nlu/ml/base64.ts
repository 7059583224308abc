/** Typed arrays to and from base64, so model weights survive JSON compactly. */

/** Encodes the bytes of a typed array as base64. */
export function typedToBase64(array: Float32Array | Int32Array | Int8Array): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

/** Decodes base64 written by {@link typedToBase64} into a Float32Array. */
export function base64ToFloat32(text: string): Float32Array {
  const bytes = Buffer.from(text, 'base64');
  // Copy: Buffer pools may hand out unaligned offsets.
  return new Float32Array(new Uint8Array(bytes).buffer);
}

/** Decodes base64 written by {@link typedToBase64} into an Int32Array. */
export function base64ToInt32(text: string): Int32Array {
  const bytes = Buffer.from(text, 'base64');
  return new Int32Array(new Uint8Array(bytes).buffer);
}

/** Decodes base64 written by {@link typedToBase64} into an Int8Array. */
export function base64ToInt8(text: string): Int8Array {
  return new Int8Array(new Uint8Array(Buffer.from(text, 'base64')).buffer);
}
