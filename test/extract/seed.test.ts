// The seed article, end to end: the events, actors and undated statements it must yield.
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractTexts } from '../../src/extract/pipeline.ts';
import type { Extraction } from '../../src/extract/pipeline.ts';
import type { TimelineEvent } from '../../src/model/dataset.ts';
import { gazetteer } from './helpers.ts';

const SEED = 'seeds/000_2b6efa1eab75da58.txt';
let result: Extraction;
let text: string;
const quoteOf = (e: TimelineEvent) => text.slice(e.evidence[0]!.start, e.evidence[0]!.end);
const triggerOf = (e: TimelineEvent) => text.slice(e.evidence[0]!.trigger.start, e.evidence[0]!.trigger.end);
const find = (pattern: RegExp) => {
  const found = result.dataset.events.filter((e) => pattern.test(e.title));
  expect(found, `an event titled ${pattern}`).toHaveLength(1);
  return found[0]!;
};

beforeAll(() => {
  result = extractTexts([{ path: SEED, raw: fs.readFileSync(SEED, 'utf8') }], gazetteer());
  text = result.texts[0]!.text;
});

describe('the seed article', () => {
  it('dates the June 10 emergency session in Doha, inferring the year 2024, facilitated by the CIA, claimed by Axios sources', () => {
    const e = find(/June 10 emergency session in Doha/);
    expect(e.time).toMatchObject({
      value: '2024-06-10',
      start: '2024-06-10',
      end: '2024-06-11',
      granularity: 'day',
      anchor: 'inferred',
      interval: null,
    });
    expect(e.actorIds).toEqual(expect.arrayContaining(['cia', 'qatar', 'united-states', 'hamas']));
    expect(e.attribution).toMatchObject({
      source: 'Axios sources',
      actorId: 'axios',
      cues: ['Axios sources indicate'],
      certainty: 'claimed',
    });
    expect(triggerOf(e)).toBe('emergency session');
    expect(quoteOf(e)).toBe(
      'Axios sources indicate CIA operatives facilitated a June 10 emergency session in Doha, marking the first direct U.S.-Hamas contact since 2017.',
    );
    expect(text.slice(e.evidence[0]!.timex!.start, e.evidence[0]!.timex!.end)).toBe('June 10');
  });

  it('dates the last direct U.S.–Hamas contact to 2017', () => {
    const e = find(/^Direct U\.S\.-Hamas contact$/);
    expect(e.time).toMatchObject({
      value: '2017',
      start: '2017-01-01',
      end: '2018-01-01',
      granularity: 'year',
      anchor: 'explicit',
      interval: null,
    });
    expect(e.actorIds).toEqual(['united-states', 'hamas']);
    expect(triggerOf(e)).toBe('contact');
  });

  it('gives the 2021 Egypt-brokered ceasefire its 11 months, and its collapse an approximate date computed from them', () => {
    const ceasefire = find(/^The 2021 Egypt-brokered ceasefire lasted 11 months$/);
    expect(ceasefire.time).toMatchObject({ value: '2021', start: '2021-01-01', granularity: 'year', anchor: 'explicit' });
    expect(ceasefire.time!.interval).toMatchObject({
      from: { value: '2021', start: '2021-01-01', end: '2022-01-01', anchor: 'explicit', approximate: false },
      to: { start: '2021-12-01', end: '2022-12-01', anchor: 'computed', approximate: true },
      duration: 'P11M',
    });
    expect(ceasefire.time!.end).toBe('2022-12-01');
    expect(ceasefire.actorIds).toEqual(['egypt']);
    expect(triggerOf(ceasefire)).toBe('ceasefire');
    const collapse = find(/collapsing due to unresolved settlement expansions/);
    expect(collapse.time).toMatchObject({ start: '2021-12-01', end: '2022-12-01', anchor: 'computed', approximate: true, interval: null });
    expect(triggerOf(collapse)).toBe('collapsing');
  });

  it('keeps the three negotiation rounds since May 2024 as a range from 2024-05 with an open end, revealed by Axios', () => {
    const e = find(/^Three undisclosed negotiation rounds since May 2024$/);
    expect(e.time).toMatchObject({ value: '2024-05', start: '2024-05-01', granularity: 'month', anchor: 'explicit' });
    expect(e.time!.interval).toMatchObject({ from: { value: '2024-05', start: '2024-05-01', end: '2024-06-01' }, to: null });
    expect(e.attribution).toMatchObject({ source: 'Axios', actorId: 'axios', certainty: 'reported' });
    expect(triggerOf(e)).toBe('negotiation rounds');
  });

  it('keeps the undated statements as undated events', () => {
    const undated = result.dataset.events.filter((e) => e.time === null);
    const titles = undated.map((e) => e.title).join('\n');
    expect(titles).toMatch(/^Jake Sullivan: “We’re exploring all avenues to preserve civilian lives”$/m);
    expect(titles).toMatch(/^Tor Wennesland: “This isn’t just politics – it’s about preventing another refugee crisis”$/m);
    expect(titles).toMatch(/^42% drop in Gaza border violence during talks$/m);
    expect(titles).toMatch(/Hamas’ demand for 800 prisoner releases versus Israel’s offer of 150/);
    expect(titles).toMatch(/\$2\.3 billion in reconstruction aid/);
    expect(titles).toMatch(/Qatar’s \$450 million Gaza development fund/);
    const sullivan = undated.find((e) => e.title.startsWith('Jake Sullivan'))!;
    expect(sullivan.attribution).toMatchObject({ actorId: 'jake-sullivan', certainty: 'stated' });
    expect(undated.find((e) => e.title.startsWith('42%'))!.attribution).toMatchObject({
      source: 'Qatari mediators',
      actorId: 'qatar',
      certainty: 'reported',
    });
    expect(undated.find((e) => e.title.includes('$2.3 billion'))!.attribution.certainty).toBe('estimated');
  });

  it('accounts for every sentence: each supports at least one event', () => {
    const quoted = new Set(result.dataset.events.flatMap((e) => e.evidence.map((ev) => ev.start)));
    const sentences = text
      .split('\n')
      .flatMap((line) => line.split(/(?<=[.”])\s+(?=[A-Z“])/))
      .filter((s) => s.trim());
    expect(quoted.size).toBe(sentences.length);
  });

  it('finds the actors, with aliases merged and members under their country or organization', () => {
    const actors = new Map(result.dataset.actors.map((a) => [a.id, a]));
    const expected: [string, string, string | null][] = [
      ['united-states', 'country', null],
      ['hamas', 'group', null],
      ['israel', 'country', null],
      ['qatar', 'country', null],
      ['egypt', 'country', null],
      ['cia', 'organization', 'united-states'],
      ['axios', 'media', null],
      ['jake-sullivan', 'person', 'united-states'],
      ['tor-wennesland', 'person', 'united-nations'],
      ['united-nations', 'organization', null],
      ['turkey', 'country', null],
      ['hezbollah', 'group', null],
    ];
    for (const [id, kind, parentId] of expected) expect(actors.get(id), id).toMatchObject({ kind, parentId });
    expect(actors.get('united-states')!.aliases).toEqual(expect.arrayContaining(['U.S.', 'Biden administration', 'U.S. officials']));
    expect(actors.get('turkey')!.name).toBe('Turkey');
  });

  it('writes the time expressions of the text with their TIMEX3 values and offsets', () => {
    const timexes = result.texts[0]!.timexes.map((t) => [t.text, t.type, t.value]);
    expect(timexes).toEqual(
      expect.arrayContaining([
        ['May 2024', 'DATE', '2024-05'],
        ['June 10', 'DATE', '2024-06-10'],
        ['2017', 'DATE', '2017'],
        ['2021', 'DATE', '2021'],
        ['11 months', 'DURATION', 'P11M'],
        ['18 months', 'DURATION', 'P18M'],
      ]),
    );
    for (const t of result.texts[0]!.timexes) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
