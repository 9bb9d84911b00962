// A one-word name the corpus writes as a common word names no actor ("Spring" left of "Arab
// Spring"), while a one-word name the corpus uses as a name stays.
import { describe, expect, it } from 'vitest';
import { extractTexts } from '../../../src/extract/pipeline.ts';

const namesOf = (...raws: string[]) =>
  extractTexts(raws.map((raw, i) => ({ path: `doc-${i}.txt`, raw }))).dataset.actors.filter((a) => a.mentions > 0).map((a) => a.name);

const COMMON = 'The spring was dry. By late spring the wells had failed; the spring after, a spring flood came, and this spring the rains came on Tuesday.\n';

describe('a common word of the corpus is no actor', () => {
  it.each([
    ['a name cut short', 'Traders said the Arab Spring had hit demand. The Arab Spring was over, Ana Ruiz said on Monday.\n', 'Spring'],
  ])('%s: %s', (_, text, name) => {
    expect(namesOf(text)).toContain(name);
    expect(namesOf(text, COMMON)).not.toContain(name);
    expect(namesOf(COMMON, text)).not.toContain(name);
  });

  it('keeps a one-word name that speaks, however common the word', () => {
    const text = 'Prices rose, and Shell said on Monday that output fell. Jobs at Shell were cut.\n';
    const common = 'A shell hit the house, and another shell fell near a shell crater on Tuesday.\n';
    expect(namesOf(text)).toContain('Shell');
    expect(namesOf(text, common)).toContain('Shell');
  });
});
