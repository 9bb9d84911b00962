// The search's text as it crosses from the reading worker to the page: what comes out is what
// went in, lone surrogates and all, and the text is made a string again only when read.
import { describe, expect, it } from 'vitest';
import { packedBuffers, packSearchText, unpackSearchText } from '../../../src/app/search/packSearchText.ts';
import { searchTextBuilder } from '../../../src/app/search/searchText.ts';

const titles = ['Talks resumed in Doha', 'Le président a parlé à Genève', '東京で会談', 'A broken \ud800 escape', 'Ceasefire 🕊 held'];

function chunks() {
  const builder = searchTextBuilder(2);
  for (const title of titles) builder.add({ title });
  return builder.finish();
}

describe('the packed search text', () => {
  it('gives back every chunk as it was: its text, its first event and where each event ends', () => {
    const back = unpackSearchText(structuredClone(packSearchText(chunks())));
    expect(back.map((c) => ({ text: c.text, first: c.first, ends: [...c.ends] }))).toEqual(
      chunks().map((c) => ({ text: c.text, first: c.first, ends: [...c.ends] })),
    );
  });

  it('crosses as bytes, save a chunk whose text holds a lone surrogate, which crosses as itself', () => {
    const packed = packSearchText(chunks());
    expect(packed.map((p) => (p.bytes ? 'bytes' : p.text))).toEqual(['bytes', chunks()[1]!.text, 'bytes']);
    expect(chunks()[1]!.text).toContain('\ud800');
    // Each chunk's offsets and bytes are handed over, none copied.
    expect(packedBuffers(packed)).toHaveLength(5);
  });
});
