import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../../src/extract/core.ts';
import { builtinGazetteer } from '../../../src/extract/actors/gazetteer.ts';
import { pack, unpack } from '../../../src/extract/parallel/pack.ts';

const RAW = [
  '---',
  'title: Harbour talks',
  'date: 2023-05-04',
  '---',
  'Kenya and Ethiopia signed a port agreement in Nairobi on April 28, 2023, officials said.',
  'The ministers met again on May 2. Kenya said talks would resume in June.',
  'Ethiopia announced new tariffs, according to the ministry.',
  '',
].join('\n');

describe('a worker result as it crosses to the main thread', () => {
  const doc = processDocument('harbour.md', 'harbour', RAW, builtinGazetteer(), [])!;

  it('comes back field for field, in the same key order, so the dataset is written alike', () => {
    expect(doc.events.length).toBeGreaterThan(1);
    expect(doc.actorMentions.length).toBeGreaterThan(0);
    const { doc: packed } = pack(doc);
    const back = unpack(v8.deserialize(v8.serialize(packed)) as typeof doc);
    expect(JSON.stringify(back)).toBe(JSON.stringify(doc));
  });

  it('carries no copy of the words its offsets already point to, and is smaller', () => {
    const { doc: packed } = pack(doc);
    expect(packed.actorMentions.every((m) => !('text' in m))).toBe(true);
    expect(packed.times.timexes.every((t) => !('text' in t))).toBe(true);
    expect(v8.serialize(packed).length).toBeLessThan(v8.serialize(doc).length);
  });

  it('keeps a text that is not the slice at its offsets', () => {
    const odd = { ...doc, actorMentions: [{ start: 0, end: 5, text: 'other', actorId: 'kenya' }] };
    expect(unpack(pack(odd).doc).actorMentions[0]!.text).toBe('other');
  });

  it('holds a date or a source that several events share once, in every thread', () => {
    const kenya = processDocument(
      'k.md',
      'k',
      'Kenya signed the deal on May 2, 2023. Kenya opened the port on May 2, 2023.\n',
      builtinGazetteer(),
      [],
    )!;
    const dated = kenya.events.filter((e) => e.time?.value === '2023-05-02');
    expect(dated.length).toBe(2);
    expect(dated[0]!.time).toBe(dated[1]!.time);
    expect(dated[0]!.attribution).toBe(dated[1]!.attribution);
  });

  it('moves the fingerprint rather than copying it', () => {
    const { transfer } = pack(doc);
    expect(transfer).toEqual([doc.fingerprint!.minima!.buffer]);
  });
});
