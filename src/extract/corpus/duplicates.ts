// Documents with the same or nearly the same text (an article saved twice, a wire story that
// several outlets ran) are one report: each later copy points to the first. Texts are compared by
// their word 5-grams (shingles); candidates are found by MinHash so that a corpus of thousands is
// not compared pair by pair, and every candidate is confirmed on the full sets, computed again
// from the two texts (a document holds only its MinHash minima until then).

import { eachRun, isLetterOrDigit } from '../wordRuns.ts';

/** Share of shingles two texts must have in common (Jaccard) to be copies of one another. */
export const SIMILARITY = 0.8;
const SHINGLE = 5;
/** Fewer shingles than this and only identical texts count as copies. */
const MIN_SHINGLES = 20;
const BANDS = 10;
const ROWS = 3;

export interface DocText {
  id: string;
  text: string;
  /** Publication date, ISO; the earliest dated copy is the original. */
  date: string | null;
  sha256: string;
  /** Its fingerprint, when the document stage computed it already (on a worker thread). */
  fingerprint?: Fingerprint;
}

/**
 * What the comparison reads of one text before it has a candidate copy, computed once per document
 * where documents are processed (in parallel on worker threads) and held until the corpus stage:
 * how many distinct shingles the text has, and their MinHash minima (none below MIN_SHINGLES: such
 * a text is compared only by its checksum). The shingles themselves are not held (on 12 MB of news
 * they came to 8 MB): they are computed again for the few texts that have a candidate.
 */
export interface Fingerprint {
  size: number;
  minima: Uint32Array | null;
}

function mix(h: number, seed: number): number {
  let x = (h ^ seed) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}

const FNV_PRIME = 0x01000193;
const SPACE = 32;

/**
 * The hashes of a text's word n-grams, in text order (repeats too): each the FNV-1a hash of the n
 * words joined by single spaces, folded word by word so that no n-gram string is built (it runs on
 * every document and passage). The words (runs of letters and digits) are kept as offsets into
 * the lower-cased text, not as strings; the hashes go straight into a typed array: most are above
 * 2³⁰, and a plain list would hold each as a number object of its own.
 */
function shingleHashes(text: string, size: number): Uint32Array {
  const lower = text.toLowerCase();
  const bounds: number[] = []; // start and end of each word, in turn
  eachRun(lower, isLetterOrDigit, (start, end) => {
    bounds.push(start, end);
  });
  const words = bounds.length / 2;
  const hashes = new Uint32Array(Math.max(0, words - size + 1));
  for (let i = 0; i < hashes.length; i++) {
    let h = 0x811c9dc5;
    for (let k = i; k < i + size; k++) {
      if (k > i) h = Math.imul(h ^ SPACE, FNV_PRIME) >>> 0;
      for (let c = bounds[2 * k]!, end = bounds[2 * k + 1]!; c < end; c++) h = Math.imul(h ^ lower.charCodeAt(c), FNV_PRIME) >>> 0;
    }
    hashes[i] = h;
  }
  return hashes;
}

/** The distinct hashes of a text's word n-grams (5 unless told) in ascending order: sorted, then each kept once. */
export function sortedShingles(text: string, size = SHINGLE): Uint32Array {
  const sorted = shingleHashes(text, size).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
  return sorted.slice(0, n);
}

export function fingerprint(text: string): Fingerprint {
  const sorted = sortedShingles(text);
  if (sorted.length < MIN_SHINGLES) return { size: sorted.length, minima: null };
  const minima = new Uint32Array(BANDS * ROWS).fill(0xffffffff);
  for (let k = 0; k < minima.length; k++) {
    const seed = k * 0x9e3779b9;
    let least = 0xffffffff;
    for (let i = 0; i < sorted.length; i++) {
      const x = mix(sorted[i]!, seed);
      if (x < least) least = x;
    }
    minima[k] = least;
  }
  return { size: sorted.length, minima };
}

/** How many shingles two ascending lists of distinct shingles have in common. */
export function sharedShingles(a: Uint32Array, b: Uint32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      shared++;
      i++;
      j++;
    }
  }
  return shared;
}

/** Share of shingles two texts have in common (Jaccard; shingles ascending, distinct). */
function jaccardSorted(a: Uint32Array, b: Uint32Array): number {
  if (!a.length || !b.length) return 0;
  const shared = sharedShingles(a, b);
  return shared / (a.length + b.length - shared);
}

/**
 * Whether two texts of `sizeA` and `sizeB` distinct shingles can be copies at all: they share at
 * most the smaller count, so their Jaccard is at most smaller / larger. Rounding keeps the order,
 * so a pair this rules out would have been ruled out on its full sets.
 */
const sizesAllow = (sizeA: number, sizeB: number) => Math.min(sizeA, sizeB) / Math.max(sizeA, sizeB) >= SIMILARITY;

/** For each document that copies an earlier one, the id of the original (the first by date, then input order). */
export function findDuplicates(docs: readonly DocText[]): Map<string, string> {
  const rank = docs
    .map((d, i) => ({ d, i }))
    .sort((a, b) => ((a.d.date ?? '9999') < (b.d.date ?? '9999') ? -1 : (a.d.date ?? '9999') > (b.d.date ?? '9999') ? 1 : a.i - b.i));
  // The shingles of the texts that have had a candidate, computed at the first: a wire story's
  // copies are each compared to the ones before them.
  const sets = new Map<number, Uint32Array>();
  const setOf = (pos: number) => sets.get(pos) ?? sets.set(pos, sortedShingles(rank[pos]!.d.text)).get(pos)!;
  const sizes: number[] = [];
  const buckets = new Map<string, number[]>();
  const parent = new Map<number, number>(); // rank position → rank position of its original
  const root = (i: number): number => {
    for (let p = parent.get(i); p !== undefined; p = parent.get(i)) i = p;
    return i;
  };
  const join = (a: number, b: number) => {
    const [ra, rb] = [root(a), root(b)];
    if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
  };
  const bySha = new Map<string, number>();
  rank.forEach(({ d }, pos) => {
    const same = bySha.get(d.sha256);
    if (same !== undefined) return join(same, pos);
    bySha.set(d.sha256, pos);
    const { size, minima } = d.fingerprint ?? fingerprint(d.text);
    sizes[pos] = size;
    if (!minima) return;
    const tried = new Set<number>();
    for (let band = 0; band < BANDS; band++) {
      const key = `${band}:${minima.slice(band * ROWS, band * ROWS + ROWS).join(',')}`;
      const list = buckets.get(key) ?? [];
      for (const other of list) {
        if (tried.has(other)) continue;
        tried.add(other);
        if (sizesAllow(size, sizes[other]!) && jaccardSorted(setOf(pos), setOf(other)) >= SIMILARITY) join(other, pos);
      }
      list.push(pos);
      buckets.set(key, list);
    }
  });
  const out = new Map<string, string>();
  rank.forEach(({ d }, pos) => {
    const r = root(pos);
    if (r !== pos) out.set(d.id, rank[r]!.d.id);
  });
  return out;
}
