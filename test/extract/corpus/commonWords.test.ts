// A one-word name the corpus writes as a common word names no actor ("Spring" left of "Arab
// Spring"), while a one-word name the corpus uses as a name stays.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/model/dataset.ts';
import { extractTexts } from '../../../src/extract/pipeline.ts';
import { finish, processDocument } from '../../../src/extract/core.ts';
import { assignIds } from '../../../src/extract/corpus.ts';
import { builtinGazetteer } from '../../../src/extract/actors/gazetteer.ts';
import { countLowerWords } from '../../../src/extract/corpus/commonWords.ts';
import type { LowerWords } from '../../../src/extract/corpus/commonWords.ts';

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

describe("a common word of the corpus run into a person's name", () => {
  const runIn = 'Angry notes came in. Charge Halvorsen now, one reader wrote. Halvorsen said on Monday he would stay.\n';
  const named = 'Omar Halvorsen said on Tuesday he would stay. Omar Halvorsen met the council.\n';
  const common = 'The charge was dropped. A second charge came, and the charge sheet grew; the charge stood.\n';
  it('is no part of it, when the corpus writes the word in lower case: the person is the one other documents name', () => {
    const names = namesOf(runIn, named, named.replace('Tuesday', 'Friday'), 'Talks went on.\n\nOn Sunday, Halvorsen said he would stay. Halvorsen left the city.\n', common);
    expect(names).toContain('Omar Halvorsen');
    expect(names).not.toContain('Charge Halvorsen');
    expect(namesOf(runIn, named, named.replace('Tuesday', 'Friday'))).toContain('Charge Halvorsen');
  });
});

describe('the lower-case words counted as each document comes back from the worker threads', () => {
  const gazetteer = builtinGazetteer();
  /** The documents as the per-document stages give them, made anew for each run (the corpus stage empties them). */
  const documents = (raws: readonly string[]) => {
    const paths = raws.map((_, i) => `news/doc-${i}.txt`);
    const ids = assignIds(paths);
    const diagnostics: Diagnostic[] = [];
    return { docs: raws.flatMap((raw, i) => processDocument(paths[i]!, ids[i]!, raw, gazetteer, diagnostics) ?? []), diagnostics };
  };
  const named = 'Traders said the Arab Spring had hit demand. The Arab Spring was over, Ana Ruiz said on Monday.\n';

  it.each([
    ['a word the corpus writes in lower case', [named, COMMON], false],
    ['a word written in lower case too seldom', [named, 'The spring rains came on Tuesday.\n'], true],
  ])('give the dataset the corpus stage gives on its own: %s', (_, raws, kept) => {
    const alone = documents(raws);
    const without = finish(alone.docs, gazetteer, alone.diagnostics);
    const early = documents(raws);
    const lowerWords: LowerWords = new Map();
    for (const doc of early.docs) countLowerWords(doc.text, lowerWords);
    const counted = finish(early.docs, gazetteer, early.diagnostics, undefined, lowerWords);
    expect(JSON.stringify(counted.dataset)).toBe(JSON.stringify(without.dataset));
    expect(counted.dataset.actors.some((a) => a.name === 'Spring' && a.mentions > 0)).toBe(kept);
  });
});
