// Participants, not bystanders: which actors named in an event's sentence take part in it, and how.
import { describe, expect, it } from 'vitest';
import { assignParticipants } from '../../../src/extract/events/participants.ts';
import type { EventDraft } from '../../../src/extract/context.ts';
import type { ActorKind, ActorMention } from '../../../src/model/dataset.ts';

const KINDS: Record<string, ActorKind> = {
  Israel: 'country',
  Hamas: 'group',
  Cairo: 'country',
  Doha: 'country',
  Egypt: 'country',
  Apple: 'organization',
  Disney: 'organization',
  Pixar: 'organization',
  'Karen Whitfield': 'person',
  'Tom Berglund': 'person',
  Reuters: 'media',
  Lyon: 'place',
};

/** One event over the whole text, its trigger the given word; mentions are the names of KINDS found in it. */
function rolesIn(text: string, trigger: string, source: string | null = null) {
  const mentions: ActorMention[] = [];
  for (const name of Object.keys(KINDS))
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
      mentions.push({ start: at, end: at + name.length, text: name, actorId: name });
  mentions.sort((a, b) => a.start - b.start);
  const t = text.indexOf(trigger);
  const event: EventDraft = {
    title: text,
    time: null,
    actorIds: [...new Set(mentions.map((m) => m.actorId))],
    attribution: { source, actorId: source, cues: [], certainty: source ? 'reported' : 'stated' },
    quote: { start: 0, end: text.length },
    trigger: { start: t, end: t + trigger.length },
    timex: null,
  };
  const [out] = assignParticipants(text, [event], mentions, (id) => KINDS[id]);
  return Object.fromEntries(out!.roles!.map((r) => [r.actorId, r.role]));
}

describe('participants and their roles', () => {
  it.each([
    ['Israel struck Hamas positions overnight.', 'struck', { Israel: 'agent', Hamas: 'patient' }],
    ['Envoys met in Doha on Monday.', 'met', { Doha: 'location' }],
    ['The talks in Cairo with Hamas ended.', 'talks', { Cairo: 'location', Hamas: 'other' }],
    ['The ceasefire brokered by Egypt collapsed.', 'ceasefire', { Egypt: 'agent' }],
    ['The 2021 Egypt-brokered ceasefire lasted 11 months.', 'ceasefire', { Egypt: 'agent' }],
    ['Hamas’ demand for prisoners stalled the deal.', 'demand', { Hamas: 'agent' }],
    ['The festival opened in Lyon.', 'opened', { Lyon: 'location' }],
    ['The convoy passed through Lyon at night.', 'passed', { Lyon: 'location' }],
    ['Two ships sank off Doha in the storm.', 'sank', { Doha: 'location' }],
    ['Floods hit farms east of Lyon.', 'hit', { Lyon: 'location' }],
    ['The results were announced in the city of Lyon.', 'announced', { Lyon: 'location' }],
    ['The Egypt Reuters bureau closed.', 'closed', { Reuters: 'agent' }],
    ['Envoys met in Cairo, Egypt on Monday.', 'met', { Cairo: 'location', Egypt: 'location' }],
    ['Israel thanked Finance Minister Karen Whitfield.', 'thanked', { Israel: 'agent', 'Karen Whitfield': 'patient' }],
  ])('%s', (text, trigger, expected) => {
    expect(rolesIn(text, trigger)).toEqual(expected);
  });
});

describe('bystanders are left out', () => {
  it.each([
    ['an actor inside a relative clause', 'Disney, which owns Pixar, bought a studio.', 'bought', { Disney: 'agent' }],
    ['an actor inside a parenthesis', 'Apple (not Disney) released the phone.', 'released', { Apple: 'agent' }],
    [
      'an organization that only gives a person a role',
      'Apple chief Karen Whitfield resigned.',
      'resigned',
      { 'Karen Whitfield': 'agent' },
    ],
    [
      'a country that gives a person a role past the place of the title',
      'Egypt Ambassador to Israel Karen Whitfield resigned.',
      'resigned',
      { 'Karen Whitfield': 'agent' },
    ],
  ])('%s', (_, text, trigger, expected) => {
    expect(rolesIn(text, trigger)).toEqual(expected);
  });

  it('keeps an actor in a relative clause that holds the event word, and the one it describes', () => {
    expect(rolesIn('Disney, which bought Pixar in 2006, grew.', 'bought')).toEqual({ Disney: 'agent', Pixar: 'patient' });
  });

  it('makes the speaker of a statement its agent', () => {
    expect(rolesIn('“We will rebuild,” said Karen Whitfield.', 'said', 'Karen Whitfield')).toEqual({ 'Karen Whitfield': 'agent' });
  });

  it('keeps only participants in actorIds, in their order', () => {
    const text = 'Disney, which owns Pixar, bought a studio from Apple.';
    const mentions: ActorMention[] = ['Disney', 'Pixar', 'Apple'].map((name) => ({
      start: text.indexOf(name),
      end: text.indexOf(name) + name.length,
      text: name,
      actorId: name,
    }));
    const t = text.indexOf('bought');
    const event: EventDraft = {
      title: text,
      time: null,
      actorIds: ['Disney', 'Pixar', 'Apple'],
      attribution: { source: null, actorId: null, cues: [], certainty: 'stated' },
      quote: { start: 0, end: text.length },
      trigger: { start: t, end: t + 6 },
      timex: null,
    };
    expect(assignParticipants(text, [event], mentions, (id) => KINDS[id])[0]!.actorIds).toEqual(['Disney', 'Apple']);
  });
});
