import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/app/data/buildIndex.ts';
import { filterEvents } from '../../../src/app/filters/filterEvents.ts';
import { matchEvents } from '../../../src/app/search/matchEvents.ts';
import { countActorEvents } from '../../../src/app/actors/countActorEvents.ts';
import { summarizeProblems } from '../../../src/app/status/summarizeProblems.ts';
import { seedDataset, seedDocument, SEED_DOC_ID } from '../fixtures/seed.ts';

const index = buildIndex(seedDataset(), []);
const actors = (ids: string[], all = false) => ({ ids, all });
const ids = (mask: Uint8Array) => index.events.filter((_, i) => mask[i]).map((e) => e.id);

describe('filterEvents', () => {
  it('keeps everything without filters', () => {
    expect(filterEvents(index, {}).shown).toBe(19);
  });

  it('includes the members of a selected actor, however deep', () => {
    const r = filterEvents(index, { actors: actors(['united-states']) });
    expect(ids(r.visible)).toEqual(expect.arrayContaining(['e-doha-session', 'e-sullivan', 'e-last-contact']));
    expect(ids(r.visible)).not.toContain('e-wennesland');
  });

  it('combines filters with AND and counts what each hides alone', () => {
    const r = filterEvents(index, { actors: actors(['hamas']), certainty: ['stated'] });
    expect(ids(r.visible)).toEqual(['e-engagement', 'e-hamas-demand']);
    expect(r.hiddenBy.certainty).toBe(11);
  });

  it('with "all of", keeps only the events involving every chosen actor (members included)', () => {
    const any = filterEvents(index, { actors: actors(['hamas', 'united-states']) });
    const all = filterEvents(index, { actors: actors(['hamas', 'united-states'], true) });
    expect(all.shown).toBeGreaterThan(0);
    expect(all.shown).toBeLessThan(any.shown);
    for (const id of ids(all.visible)) {
      const event = index.events[index.eventIndex.get(id)!]!;
      const involved = [...event.actorIds, event.attribution.actorId];
      expect(involved).toContain('hamas');
      expect(involved.some((a) => a !== null && index.members.get('united-states')!.has(a))).toBe(true);
    }
  });

  it('keeps the events overlapping a date range, both ends included, and hides undated ones', () => {
    const r = filterEvents(index, { dates: { since: '2024-06-10', until: '2024-06-10' } });
    expect(ids(r.visible)).toContain('e-doha-session');
    expect(r.visible.every((v, i) => !v || index.events[i]!.time !== null)).toBe(true);
    expect(r.hiddenBy.dates).toBe(index.events.length - r.shown);
    const before = filterEvents(index, { dates: { since: null, until: '2024-06-09' } });
    expect(ids(before.visible)).not.toContain('e-doha-session');
  });

  it('counts an actor’s events including its members and the events it claims', () => {
    const counts = countActorEvents(index);
    expect(counts.get('united-states')).toBe(7);
    expect(counts.get('axios')).toBe(3);
  });
});

describe('matchEvents', () => {
  it('is null for a blank query and matches every term in titles or passages', () => {
    const texts = new Map([[SEED_DOC_ID, seedDocument().text]]);
    expect(matchEvents(index, '  ', texts)).toBeNull();
    expect(ids(matchEvents(index, 'geneva UN', texts)!.matches)).toEqual(['e-wennesland']);
  });

  it('matches titles alone until the documents that hold the passages are there', () => {
    expect(ids(matchEvents(index, 'doha')!.matches)).toEqual(['e-doha-session', 'e-last-contact']);
    expect(ids(matchEvents(index, 'geneva UN')!.matches)).toEqual([]);
  });
});

describe('summarizeProblems', () => {
  it('groups similar reasons and counts them', () => {
    const lines = summarizeProblems([
      { kind: 'event', ref: 'a', reason: 'unknown actor id "x"' },
      { kind: 'event', ref: 'b', reason: 'unknown actor id "y"' },
      { kind: 'event', ref: 'c', reason: 'evidence: Too small: expected array to have >=1 items' },
    ]);
    expect(lines.map((l) => l.text)).toEqual(['2 events with unknown actor id', '1 event with no evidence']);
  });
});
