import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractTexts } from '../../src/extract/pipeline.ts';
import { gazetteer } from './helpers.ts';
import { checkExtraction, sourcesArbitrary, textArbitrary } from './properties.ts';

describe('extraction on arbitrary text', () => {
  it('never throws, keeps every offset inside its text and every mention equal to its slice, and validates', () => {
    fc.assert(
      fc.property(sourcesArbitrary, (sources) => {
        checkExtraction(extractTexts(sources, gazetteer()));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(textArbitrary, (raw) => {
        const a = JSON.stringify(extractTexts([{ path: 'a.txt', raw }], gazetteer()));
        const b = JSON.stringify(extractTexts([{ path: 'a.txt', raw }], gazetteer()));
        expect(a).toBe(b);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('says who denies a denied event, in its title', () => {
    const { dataset } = extractTexts(
      [{ path: 'a.md', raw: '---\ndate: 2024-06-12\n---\nIsrael denied that it struck the hospital on Tuesday. Hamas denied the report.' }],
      gazetteer(),
    );
    expect(dataset.events.map((e) => [e.title, e.attribution.certainty, e.attribution.actorId])).toEqual([
      ['Israel denied that it struck the hospital on Tuesday', 'claimed', 'israel'],
      ['Hamas denied the report', 'claimed', 'hamas'],
    ]);
  });

  it('keeps a statement with no date as an undated event', () => {
    const { dataset } = extractTexts([{ path: 'a.txt', raw: 'Hamas rejected the offer.' }], gazetteer());
    expect(dataset.events).toHaveLength(1);
    expect(dataset.events[0]).toMatchObject({ title: 'Hamas rejected the offer', time: null, actorIds: ['hamas'] });
  });
});
