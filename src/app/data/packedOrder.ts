// Indices ordered by a 64-bit key each, sorted by the engine's own numeric sort of a BigUint64Array:
// a million indices sorted with a comparator function took over half a second, keys a tenth of
// that. The caller writes each key as two 32-bit words, the high one at 2k + 1 and the low one at
// 2k, with the index in the low word's bottom `indexBits` bits so that equal keys keep index order.
const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** False where the words cannot be laid over 64-bit keys (a big-endian engine, no BigUint64Array). */
const canPack = littleEndian && typeof BigUint64Array !== 'undefined';

/**
 * `write` fills the words of n keys and says whether each fitted; null when one did not, or where
 * keys cannot be packed (the caller then sorts another way).
 */
export function packedOrder(n: number, indexBits: number, write: (words: Uint32Array) => boolean): Int32Array | null {
  if (!canPack) return null;
  const keys = new BigUint64Array(n);
  const words = new Uint32Array(keys.buffer);
  if (!write(words)) return null;
  keys.sort();
  const out = new Int32Array(n);
  const below = 2 ** indexBits;
  for (let k = 0; k < n; k++) out[k] = words[2 * k]! % below;
  return out;
}
