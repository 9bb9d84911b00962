import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/model/dataset.ts';
import type { DocContext } from '../../../src/extract/context.ts';
import { builtinGazetteer } from '../../../src/extract/actors/gazetteer.ts';
import { processDocument, finish } from '../../../src/extract/core.ts';
import { assignIds, eventKeys } from '../../../src/extract/corpus.ts';
import type { EventKeys } from '../../../src/extract/corpus.ts';

const gazetteer = builtinGazetteer();

/** The documents as the per-document stages give them, made anew for each run (the corpus stage empties what it is given). */
function documents(texts: readonly string[]): { docs: DocContext[]; diagnostics: Diagnostic[] } {
  const paths = texts.map((_, i) => `news/story-${i}.md`);
  const ids = assignIds(paths);
  const diagnostics: Diagnostic[] = [];
  const docs = texts.flatMap((raw, i) => processDocument(paths[i]!, ids[i]!, raw, gazetteer, diagnostics) ?? []);
  return { docs, diagnostics };
}

const wire =
  'The port authority of Valdora reopened the northern harbour to cargo ships on 4 March 2031 after a week of repairs.';

const cases: { name: string; texts: string[]; events: number; shared: number }[] = [
  {
    name: 'a wire story two outlets ran word for word',
    texts: [
      `---\ndate: 2031-03-05\n---\n${wire} Officials in Valdora said trade would recover.\n`,
      `---\ndate: 2031-03-06\n---\nFishermen protested in Valdora on 2 March 2031.\n\n${wire}\n`,
    ],
    events: 2,
    shared: 1,
  },
  {
    name: 'a short sentence said in two documents, with other text around it',
    texts: [
      '---\ndate: 2031-04-01\n---\nThe council met on 1 April 2031. Talks ended. Delegates flew home on 2 April 2031.\n',
      '---\ndate: 2031-04-03\n---\nA strike closed the mines on 3 April 2031. Talks ended. The union called a vote.\n',
    ],
    events: 3,
    shared: 0,
  },
];

describe('the event keys made as each document comes back from the per-document stages', () => {
  it.each(cases)('give the dataset the corpus stage gives on its own: $name', ({ texts, events, shared }) => {
    const alone = documents(texts);
    const without = finish(alone.docs, gazetteer, alone.diagnostics);
    const early = documents(texts);
    const prepared = new Map<string, EventKeys>(early.docs.map((d) => [d.id, eventKeys(d)]));
    const withKeys = finish(early.docs, gazetteer, early.diagnostics, prepared);
    expect(withKeys).toEqual(without);
    expect(JSON.stringify(withKeys.dataset)).toBe(JSON.stringify(without.dataset));
    expect(without.dataset.events.length).toBeGreaterThanOrEqual(events);
    const fromBoth = without.dataset.events.filter((e) => new Set(e.evidence.map((p) => p.docId)).size > 1);
    expect(fromBoth.length).toBe(shared);
  });
});

describe('the event keys given to the corpus stage are the ones it uses', () => {
  const texts = cases[0]!.texts;

  it('takes the ids it is given', () => {
    const early = documents(texts);
    const planted = (d: DocContext): EventKeys => {
      const keys = eventKeys(d);
      return { ...keys, ids: keys.ids.map((_, i) => `ev-${d.id}-planted-${i}`) };
    };
    const prepared = new Map<string, EventKeys>(early.docs.map((d) => [d.id, planted(d)]));
    const { dataset } = finish(early.docs, gazetteer, early.diagnostics, prepared);
    expect(dataset.events.length).toBeGreaterThan(0);
    expect(dataset.events.every((e) => e.id.includes('-planted-'))).toBe(true);
  });

  it('tells events alike by the keys it is given, not by keys it makes anew', () => {
    // One passage and one saying planted for every event: events that share their actors and
    // source become one, which keys made anew from each document would never join.
    const alone = documents(cases[1]!.texts);
    const apart = finish(alone.docs, gazetteer, alone.diagnostics).dataset.events.length;
    const early = documents(cases[1]!.texts);
    const planted = (d: DocContext): EventKeys => {
      const keys = eventKeys(d);
      return { ...keys, said: keys.said.map(() => ({ before: 'one', after: 'one' })), passages: keys.passages.map(() => ['one']) };
    };
    const prepared = new Map<string, EventKeys>(early.docs.map((d) => [d.id, planted(d)]));
    const { dataset } = finish(early.docs, gazetteer, early.diagnostics, prepared);
    expect(dataset.events.length).toBeGreaterThan(0);
    expect(dataset.events.length).toBeLessThan(apart);
  });
});
