// Dating what a clause borrows from another and what a sentence sets in an occasion told before:
// "… in 1976 and later returned" is after 1976, not in it; "During the event, …" is at the day
// the document gave that event; a part of a day of saying bounds what was said like the day; a
// named source saying something deeper in an article is an event of its own when what is said has
// no date. Our own sentences; the publication date is Wednesday 10 June 2026.
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/model/dataset.ts';
import { eventsOf, eventTitled } from '../helpers.ts';
import { extractTexts } from '../../../src/extract/pipeline.ts';
import { gazetteer } from '../helpers.ts';

const WEDNESDAY = '2026-06-10';

/** The event whose trigger is `word`: its time as the timeline shows it (a bound is "by"), or "undated". */
function timeOf(body: string, word: string): string {
  const { dataset, texts } = extractTexts([{ path: 'doc.md', raw: `---\ntitle: Test\ndate: ${WEDNESDAY}\n---\n${body}` }], gazetteer());
  const text = texts[0]!.text;
  const e = dataset.events.find((x) => text.slice(x.evidence[0]!.trigger.start, x.evidence[0]!.trigger.end) === word);
  if (!e) throw new Error(`no event on "${word}" in: ${dataset.events.map((x) => x.title).join(' | ')}`);
  return shown(e);
}

const shown = (e: TimelineEvent): string => {
  const t = e.time;
  if (!t) return 'undated';
  if (t.mod === 'AFTER') return `after ${t.interval?.from?.value}${t.interval?.to ? `, by ${t.interval.to.value}` : ''}`;
  return `${t.value}${t.anchor === 'document' || t.mod === 'ON_OR_BEFORE' ? ' (by)' : ''}`;
};

/** The names of the actors of the event whose trigger is `word`. */
function actorsOf(body: string, word: string): string[] {
  const { dataset, texts } = extractTexts([{ path: 'doc.md', raw: `---\ntitle: Test\ndate: ${WEDNESDAY}\n---\n${body}` }], gazetteer());
  const text = texts[0]!.text;
  const names = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const e = dataset.events.find((x) => text.slice(x.evidence[0]!.trigger.start, x.evidence[0]!.trigger.end) === word)!;
  return e.actorIds.map((id) => names.get(id)!);
}

describe('a clause that goes on from a dated one', () => {
  it.each([
    [
      '"later" puts it after the date, by publication',
      'Maria Costa founded the bakery in 1996 and later sold it to a chain.',
      'sold',
      'after 1996, by 2026-06-10',
    ],
    ['"subsequently" alike', 'The mayor closed the bridge in 2019 and subsequently reopened it.', 'reopened', 'after 2019, by 2026-06-10'],
    ['with no such word it shares the date', 'Maria Costa founded the bakery in 1996 and sold it to a chain.', 'sold', '1996'],
    [
      'a plan after a plan is not dated by it',
      'The president will visit Lisbon on Monday and later travel to Madrid in July.',
      'travel',
      '2026-07',
    ],
  ])('%s: %s', (_, sentence, word, expected) => {
    expect(timeOf(sentence, word)).toBe(expected);
  });

  it('does not point at a date it did not take ("in the 1990s and later sold": after no point, by publication)', () => {
    const body = 'Maria Costa founded the bakery in the 1990s and later sold it to a chain.';
    const { dataset, texts } = extractTexts([{ path: 'doc.md', raw: `---\ntitle: Test\ndate: ${WEDNESDAY}\n---\n${body}` }], gazetteer());
    const text = texts[0]!.text;
    const sold = dataset.events.find((x) => text.slice(x.evidence[0]!.trigger.start, x.evidence[0]!.trigger.end) === 'sold')!;
    expect(shown(sold)).toBe('2026-06-10 (by)');
    expect(sold.evidence[0]!.timex).toBeNull();
  });

  it('keeps the subject of a second verb after an adverb ("and later", "and also")', () => {
    expect(actorsOf('Maria Costa founded the bakery in 1996 and later sold it to a chain.', 'sold')).toContain('Maria Costa');
    expect(actorsOf('Maria Costa opened the bakery in 1996 and also ran a cafe.', 'ran')).toContain('Maria Costa');
  });
});

describe('an occasion the document dated before', () => {
  const held = 'The ministry held a press conference on Monday.\n\n';
  it.each([
    [
      '"During the event" dates what was done there',
      `${held}During the event, Maria Costa presented the new budget.`,
      'presented',
      '2026-06-08',
    ],
    ['"at the conference" alike', `${held}Maria Costa presented the new budget at the crowded conference.`, 'presented', '2026-06-08'],
    [
      'the mention of the occasion is that occasion',
      `${held}Maria Costa presented the new budget at the crowded conference.`,
      'conference',
      '2026-06-08',
    ],
    [
      'what was said there was known by then',
      `${held}At the conference, Maria Costa said that the deficit had fallen.`,
      'fallen',
      '2026-06-08 (by)',
    ],
    ['saying it there is at the occasion', `${held}At the conference, Maria Costa said that the deficit had fallen.`, 'said', '2026-06-08'],
    [
      'another occasion noun is no mention of it',
      `${held}Maria Costa presented the new budget at the summit.`,
      'presented',
      '2026-06-10 (by)',
    ],
    [
      '"At the same time, the event …" sets nothing in an occasion',
      `${held}At the same time, the event organizers said that ticket sales had closed.`,
      'closed',
      '2026-06-10 (by)',
    ],
    [
      'an occasion dated only by publication sets no date',
      'The ministry held a press conference.\n\nDuring the event, Maria Costa presented the new budget.',
      'presented',
      '2026-06-10 (by)',
    ],
  ])('%s', (_, body, word, expected) => {
    expect(timeOf(body, word)).toBe(expected);
  });
});

describe('the day of saying', () => {
  it('bounds what is said by a part of that day ("Late Friday, officials said")', () => {
    expect(timeOf('Late Friday, officials said the talks had failed.', 'failed')).toBe('2026-06-05 (by)');
  });
});

describe('a named source deeper in an article', () => {
  const lead =
    'Dockers walked out on Monday.\n\nThe strike spread to two more ports.\n\nShips queued outside the harbour.\n\nFerries stopped at noon.\n\n';
  it('says something as an event of its own, by the publication date, when what is said has no date', () => {
    const events = eventsOf(`${lead}Maria Costa said that the union had won the vote.`, WEDNESDAY);
    const said = eventTitled(events, 'Maria Costa said');
    expect(shown(said)).toBe('2026-06-10 (by)');
  });
});

describe('a phrase of time that opens a later clause, and the event a date names', () => {
  it('dates only the clause a phrase after ", and" opens, also with no comma after it', () => {
    const events = eventsOf('The crowd gathered in the square, and on Sunday they marched to the palace.', WEDNESDAY);
    expect(shown(eventTitled(events, 'On Sunday they marched'))).toBe('2026-06-07');
    expect(shown(eventTitled(events, 'The crowd gathered in the square'))).toBe('2026-06-10 (by)');
    expect(eventTitled(events, 'The crowd gathered').title).toBe('The crowd gathered in the square');
  });

  it.each([
    ['an adjective between the determiner and the date', 'Monitors arrived two days after the early June 3 vote.', 'arrived', '2026-06-05'],
    ['a possessive date with an adjective', 'Medics arrived a day after Monday’s deadly attack.', 'arrived', '2026-06-09'],
    [
      'a hyphenated event noun named again',
      'The June 3 cease-fire held.\n\nFighting resumed the day after the cease-fire.',
      'resumed',
      '2026-06-04',
    ],
  ])('counts a distance from the dated event: %s', (_, body, word, expected) => {
    expect(timeOf(body, word)).toBe(expected);
  });
});

describe('a distance with a half', () => {
  it.each([
    ['two-and-a-half years before', 'The minister resigned two-and-a-half years before the Oct. 8, 2025 quake.', '2023-04-08~'],
    ['a year and a half after', 'The minister resigned a year and a half after the Oct. 8, 2023 quake.', '2025-04-08~'],
    ['1.5 years after', 'The minister resigned 1.5 years after the Oct. 8, 2023 quake.', '2025-04-08~'],
    ['two and a half months after', 'The minister resigned two and a half months after the Jan. 8, 2026 quake.', '2026-03-23~'],
    [
      'half a day is too fine: after it',
      'The minister resigned two and a half days after the Jan. 8, 2026 quake.',
      'after 2026-01-08, by 2026-06-10',
    ],
  ])('%s', (_, sentence, expected) => {
    const e = eventTitled(eventsOf(sentence, WEDNESDAY), 'The minister resigned');
    expect(e.time?.mod === 'AFTER' ? shown(e) : `${e.time?.value}${e.time?.approximate ? '~' : ''}`).toBe(expected);
  });
});

describe('what an event the document dated did', () => {
  const dated = 'The March 3 flood reached the old town.\n\n';
  it.each([
    [
      '"wiped out by the flood" is at the flood',
      `${dated}Aid workers say most bridges have been wiped out by the flood.`,
      'wiped',
      '2026-03-03',
    ],
    ['"destroyed in the flood" alike', `${dated}Hundreds of homes were destroyed in the flood, officials said.`, 'destroyed', '2026-03-03'],
    ['another event noun leaves it as it was', `${dated}Hundreds of homes were destroyed in the fire.`, 'destroyed', '2026-06-10 (by)'],
    ['a body that does something is no event', `${dated}The mayor was greeted by the council.`, 'greeted', '2026-06-10 (by)'],
  ])('%s', (_, body, word, expected) => {
    expect(timeOf(body, word)).toBe(expected);
  });
});
