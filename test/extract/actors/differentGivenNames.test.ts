// Across documents, two people whose given names differ stay two, though their surnames alone are
// spellings of one word that join each of them ("Abdel Moussa" in some stories, "Hana Musa" in others).
import { describe, expect, it } from 'vitest';
import { unifyActors } from '../../../src/extract/actors/identity.ts';
import type { DocContext } from '../../../src/extract/context.ts';
import { slug } from '../../../src/extract/ids.ts';

/** A document that names each person once, and nothing else. */
const doc = (names: string[]) => {
  const text = `${names.join(' and ')} spoke on Monday.`;
  return {
    text,
    actors: names.map((name) => ({ id: slug(name), name, kind: 'person', aliases: [], parentId: null })),
    actorMentions: names.map((name) => ({
      start: text.indexOf(name),
      end: text.indexOf(name) + name.length,
      text: name,
      actorId: slug(name),
    })),
    events: [],
  } as unknown as DocContext;
};
/** The actor each document's first mention ends up naming. */
const actorsOf = (...docs: string[][]) => unifyActors(docs.map(doc), new Set()).map((d) => d.actorMentions[0]!.actorId);

describe('people whose given names differ', () => {
  it("stay apart when each one's surname alone is spelled like the other's", () => {
    const [abdel, hana] = actorsOf(['Abdel Moussa'], ['Hana Musa'], ['Moussa'], ['Musa']);
    expect(abdel).toBe('abdel-moussa');
    expect(hana).toBe('hana-musa');
  });

  it('still join a fuller form of the same name', () => {
    expect(actorsOf(['Hosni Mubarak'], ['Mohamed Hosni Mubarak'], ['Mohamed Hosni Mubarak'])[0]).toBe('mohamed-hosni-mubarak');
  });
});
