// The search's text crosses from the reading worker to the page as bytes, handed over without a
// copy, and becomes a string again only when a search first reads it. As strings, a million
// titles (some 45 MB) were copied on the way and read back on the page's thread in one task of a
// third of a second, just before the first picture, for a search that may never come.
import type { SearchChunk } from './searchText.ts';

/** A chunk as it crosses: its text as UTF-8, or as the string itself when that would not come back the same. */
export interface PackedChunk {
  first: number;
  ends: Uint32Array;
  bytes: Uint8Array | null;
  text: string | null;
}

// A string with a lone surrogate (a title written with a bare `\ud800` escape) would come back
// from UTF-8 changed: such a chunk crosses as a string.
const wellFormed = (s: string) => (s as string & { isWellFormed?: () => boolean }).isWellFormed?.() ?? !/[\ud800-\udfff]/.test(s);

export function packSearchText(chunks: readonly SearchChunk[]): PackedChunk[] {
  const encoder = new TextEncoder();
  return chunks.map(({ text, first, ends }) =>
    wellFormed(text) ? { first, ends, bytes: encoder.encode(text), text: null } : { first, ends, bytes: null, text },
  );
}

/** The chunks again, each read back into a string the first time its text is asked for. */
export function unpackSearchText(packed: readonly PackedChunk[]): SearchChunk[] {
  const decoder = new TextDecoder();
  return packed.map(({ first, ends, bytes, text }) => {
    let read = text;
    return {
      first,
      ends,
      get text() {
        return (read ??= decoder.decode(bytes!));
      },
    };
  });
}

/** The buffers of packed chunks, to hand to another thread without a copy. */
export function packedBuffers(packed: readonly PackedChunk[]): ArrayBuffer[] {
  return packed.flatMap((p) => [p.ends.buffer as ArrayBuffer, ...(p.bytes ? [p.bytes.buffer as ArrayBuffer] : [])]);
}
