import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/app/data/buildIndex.ts';
import { filterEvents } from '../../../src/app/filters/filterEvents.ts';
import { matchEvents } from '../../../src/app/search/matchEvents.ts';
import { countActorEvents } from '../../../src/app/actors/countActorEvents.ts';
import { summarizeProblems } from '../../../src/app/status/summarizeProblems.ts';
import { seedDataset } from '../fixtures/seed.ts';

const index = buildIndex(seedDataset(), []);
const ids = (mask: Uint8Array) => index.events.filter((_, i) => mask[i]).map((e) => e.id);

describe('filterEvents', () => {
  it('keeps everything without filters', () => {
    expect(filterEvents(index, { actors: [], certainty: [], docs: [] }).shown).toBe(19);
  });

  it('includes the members of a selected actor, however deep', () => {
    const r = filterEvents(index, { actors: ['united-states'], certainty: [], docs: [] });
    expect(ids(r.visible)).toEqual(expect.arrayContaining(['e-doha-session', 'e-sullivan', 'e-last-contact']));
    expect(ids(r.visible)).not.toContain('e-wennesland');
  });

  it('combines filters with AND and counts what each hides alone', () => {
    const r = filterEvents(index, { actors: ['hamas'], certainty: ['stated'], docs: [] });
    expect(ids(r.visible)).toEqual(['e-engagement', 'e-hamas-demand']);
    expect(r.hiddenBy.certainty).toBe(11);
  });

  it('counts an actor’s events including its members and the events it claims', () => {
    const counts = countActorEvents(index);
    expect(counts.get('united-states')).toBe(7);
    expect(counts.get('axios')).toBe(3);
  });
});

describe('matchEvents', () => {
  it('is null for a blank query and matches every term in titles or passages', () => {
    expect(matchEvents(index, '  ')).toBeNull();
    expect(ids(matchEvents(index, 'geneva UN')!.matches)).toEqual(['e-wennesland']);
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
