// A day the article states once is carried to what it goes on telling of the same occasion: the
// statements of a source whose day of speaking was given, an act told again by the same verb and
// subject. The day carried says so (anchor `inferred`); it never crosses a time of its own, a
// perfect, an occasion of its own, nor goes to a source that speaks through many mouths. Our own
// sentences, published Wednesday 10 June 2026.
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/model/dataset.ts';
import { eventsOf, eventTitled, shownTime } from '../helpers.ts';

const WEDNESDAY = '2026-06-10';
const run = (body: string): TimelineEvent[] => eventsOf(body, WEDNESDAY);

const shown = shownTime;

const SPOKE = 'Mayor Anna Berg said on Monday that the flood had destroyed the old bridge.\n\nHeavy rain fell again in the hills.';

describe('a source quoted again spoke on the day the article gave', () => {
  it.each([
    ['a quotation', `${SPOKE}\n\n"We will rebuild it within a year," Berg said.`, 'Anna Berg: “We will rebuild it', '2026-06-08 (carried)'],
    [
      'a reported statement, by a pronoun',
      `${SPOKE}\n\nShe said the city asked the army for help.`,
      'She said the city asked',
      '2026-06-08 (carried)',
    ],
    [
      'what the statement tells, by that day',
      `${SPOKE}\n\nShe said the city asked the army for help.`,
      'The city asked the army',
      '2026-06-08 (by) (carried)',
    ],
    [
      'after a verb of speaking',
      'Mayor Anna Berg spoke to reporters on Monday.\n\nRain fell.\n\n"The water is falling," Berg said.',
      'Anna Berg: “The water is falling”',
      '2026-06-08 (carried)',
    ],
  ])('%s', (_, text, title, value) => {
    expect(shown(eventTitled(run(text), title))).toBe(value);
  });

  it.each([
    [
      'in an occasion of its own',
      `${SPOKE}\n\n"We will rebuild it," Berg said in an interview with a radio station.`,
      'Anna Berg: “We will rebuild it”',
    ],
    ['in a present perfect', `${SPOKE}\n\nBerg has said the city needs more pumps.`, 'Berg has said'],
    ['with a word that moves it off the story', `${SPOKE}\n\nBerg said earlier that the city needs more pumps.`, 'Berg said earlier'],
    [
      'from a source that speaks through many mouths',
      'The army said on Monday that the flood had destroyed the bridge.\n\nRain fell.\n\n"We will rebuild it," the army said.',
      'The army said',
    ],
    ['to another source', `${SPOKE}\n\n"We need pumps," Governor Tom Reyes said.`, 'Tom Reyes: “We need pumps”'],
  ])('not %s', (_, text, title) => {
    // The last event so titled: the statement made again.
    const again = run(text).findLast((e) => e.title.toLowerCase().startsWith(title.toLowerCase()));
    expect(again && shown(again)).toBe('2026-06-10 (by)');
  });

  it('carries the day to a pronoun for the source of the sentence just before', () => {
    const events = run('Rain fell.\n\nLate on Monday, officials said the dam had held. They said the river was falling.');
    expect(shown(eventTitled(events, 'The river was falling'))).toBe('2026-06-08 (by) (carried)');
  });

  it('not to a pronoun that cannot stand for that source ("he" for "officials")', () => {
    const events = run('Rain fell.\n\nLate on Monday, officials said the dam had held. He said the river was falling.');
    expect(shown(eventTitled(events, 'The river was falling'))).toBe('2026-06-10 (by)');
  });

  it('not to a pronoun in another paragraph', () => {
    const events = run('Rain fell.\n\nLate on Monday, officials said the dam had held.\n\nThey said the river was falling.');
    expect(shown(eventTitled(events, 'The river was falling'))).toBe('2026-06-10 (by)');
  });

  it.each([
    ['"stressed", by a pronoun', `${SPOKE} She stressed that the army sent trucks.`, 'She stressed', '2026-06-08 (carried)'],
    [
      'what was stressed, by that day',
      `${SPOKE} She stressed that the army sent trucks.`,
      'The army sent trucks',
      '2026-06-08 (by) (carried)',
    ],
    [
      '"reiterated", by name in a later paragraph',
      'Mayor Anna Berg spoke to reporters on Monday.\n\nRain fell.\n\nBerg reiterated that the water was falling.',
      'Berg reiterated',
      '2026-06-08 (carried)',
    ],
    [
      'a pronoun for the officials of the sentence just before',
      'Rain fell.\n\nLate on Monday, officials said the dam had held. But they stressed no decision had been made.',
      'They stressed',
      '2026-06-08 (carried)',
    ],
  ])('carries the day to a verb of saying that is no cue: %s', (_, text, title, value) => {
    expect(shown(eventTitled(run(text), title))).toBe(value);
  });

  it.each([
    ['another source', `${SPOKE}\n\nGovernor Tom Reyes stressed that the army sent trucks.`, 'Governor Tom Reyes stressed'],
    ['a time of its own', `${SPOKE}\n\nBerg stressed on Tuesday that the army sent trucks.`, 'Berg stressed'],
    ['a present perfect', `${SPOKE}\n\nBerg has stressed that the army sent trucks.`, 'Berg has stressed'],
    ['a word that moves it off the story', `${SPOKE}\n\nBerg repeatedly stressed that the army sent trucks.`, 'Berg repeatedly stressed'],
    [
      'the source as the object of a relative clause',
      `${SPOKE}\n\nThe aide who drove Berg stressed that the road was open.`,
      'The aide who drove',
    ],
    [
      'the source as the object of a relative clause (the verb of saying)',
      `${SPOKE}\n\nThe aide who drove Berg stressed that the road was open.`,
      'Berg stressed',
    ],
    ['a clause before the source', `${SPOKE}\n\nThe dam cracked and Berg stressed that the army sent trucks.`, 'The dam cracked'],
    ['a sense that tells no statement ("conceded defeat")', `${SPOKE}\n\nBerg conceded defeat in the race.`, 'Berg conceded defeat'],
  ])('not to a verb of saying that is no cue, with %s', (_, text, title) => {
    expect(shown(eventTitled(run(text), title))).not.toMatch(/2026-06-08/);
  });

  it('keeps a time of the sentence its own', () => {
    const events = run(`${SPOKE}\n\nBerg said on Tuesday that the pumps had failed.`);
    expect(shown(eventTitled(events, 'Berg said on Tuesday'))).toBe('2026-06-09');
  });
});

describe('an act told again by the same verb and subject is the same act', () => {
  it('carries the day to the act retold', () => {
    const events = run(
      'Minister Paul Okafor flew to Lagos on Monday for talks.\n\nThe talks covered the budget.\n\nOkafor flew in on a military plane.',
    );
    expect(shown(eventTitled(events, 'Okafor flew in'))).toBe('2026-06-08 (carried)');
  });

  it('carries it to a subject that opens a sentence after a date ("… on Monday. Okafor flew")', () => {
    const events = run('Minister Paul Okafor flew to the capital on Monday.\n\nOkafor flew in on a military plane.');
    expect(shown(eventTitled(events, 'Okafor flew in'))).toBe('2026-06-08 (carried)');
  });

  it('carries it to a subject whose title holds "of" ("Secretary of State")', () => {
    const events = run(
      'Secretary of State Paul Okafor flew to Lagos on Monday.\n\nThe talks covered the budget.\n\nOkafor flew in on a military plane.',
    );
    expect(shown(eventTitled(events, 'Okafor flew in'))).toBe('2026-06-08 (carried)');
  });

  it.each([
    [
      'another subject',
      'Minister Paul Okafor flew to Lagos on Monday.\n\nRain fell.\n\nGovernor Tom Reyes flew in on a military plane.',
      'Governor Tom Reyes flew',
    ],
    [
      'a time of its own',
      'Minister Paul Okafor flew to Lagos on Monday.\n\nRain fell.\n\nOkafor flew to Abuja on Tuesday.',
      'Okafor flew to Abuja',
    ],
    ['a present perfect', 'Minister Paul Okafor flew to Lagos on Monday.\n\nRain fell.\n\nOkafor has flown to Abuja.', 'Okafor has flown'],
    [
      'the one a preposition named before the verb',
      'The aide to Minister Paul Okafor resigned on Monday.\n\nRain fell.\n\nOkafor resigned from the board.',
      'Okafor resigned',
    ],
    [
      'a word that moves it off the story',
      'Minister Paul Okafor flew to Lagos on Monday.\n\nRain fell.\n\nOkafor later flew to Abuja.',
      'Okafor later flew',
    ],
  ])('not to %s', (_, text, title) => {
    expect(shown(eventTitled(run(text), title))).not.toMatch(/2026-06-08/);
  });
});

describe('the narrative of the sentence before', () => {
  it('is marked as carried', () => {
    const events = run('On Monday, troops entered the town. They arrested five men.');
    expect(shown(eventTitled(events, 'They arrested five men'))).toBe('2026-06-08 (carried)');
  });

  it.each([
    ['"repeatedly"', 'Guards repeatedly shot at the strikers.', 'Guards repeatedly shot'],
    ['"once again"', 'Guards once again shot at the strikers.', 'Guards once again shot'],
    ['"once" opening a clause', 'The strikers scattered once the shooting stopped.', 'The strikers scattered'],
    ['"often"', 'Strikers often fled into the woods.', 'Strikers often fled'],
  ])('goes on through a repeat or a habit inside the story: %s', (_, sentence, title) => {
    const events = run(`On Monday, guards opened fire on the strikers at the mill gate. ${sentence}`);
    expect(shown(eventTitled(events, title))).toBe('2026-06-08 (carried)');
  });

  it.each([
    ['"later"', 'The strikers later returned to work.', 'The strikers later returned'],
    ['"previously"', 'The strikers had previously occupied the mill.', 'The strikers had previously'],
  ])('stops at a word of another time: %s', (_, sentence, title) => {
    const events = run(`On Monday, guards opened fire on the strikers at the mill gate. ${sentence}`);
    expect(shown(eventTitled(events, title))).not.toMatch(/2026-06-08/);
  });
});

describe('a later mention of an occasion by a noun of its family', () => {
  it.each([
    [
      '"the vote"',
      'The council voted on Tuesday to close the old school. Parents protested outside. The vote went smoothly.',
      'The vote went',
      '2026-06-09 (carried)',
    ],
    [
      '"voting" and "the polls"',
      'Voters cast ballots on Sunday in the first free election.\n\nRain fell.\n\nVoting ended without violence and the polls closed on time.',
      'The polls closed',
      '2026-06-07 (carried)',
    ],
    [
      '"the docking"',
      'The capsule docked with the station on Monday.\n\nRain fell.\n\nThe docking went smoothly.',
      'The docking went',
      '2026-06-08 (carried)',
    ],
    [
      '"the meeting", after meeting someone',
      'The mayor met the governor on Monday.\n\nRain fell.\n\nThe meeting ended without agreement.',
      'The meeting ended',
      '2026-06-08 (carried)',
    ],
  ])('takes the dated occasion’s day: %s', (_, text, title, day) => {
    expect(shown(eventTitled(run(text), title))).toBe(day);
  });

  it.each([
    [
      'across a time of another day',
      'The council voted on Tuesday to close the old school.\n\nOn Thursday, parents marched to the hall.\n\nRain fell.\n\nThe vote went smoothly.',
      'The vote went',
    ],
    [
      'when two days were told for it',
      'The council voted on Tuesday to close the school. The board voted on Friday to keep it.\n\nRain fell.\n\nThe vote went smoothly.',
      'The vote went',
    ],
    [
      'with a word that moves it off the story',
      'The council voted on Tuesday.\n\nRain fell.\n\nThe vote once went smoothly.',
      'The vote once',
    ],
    [
      'to another act of the occasion',
      'The council voted on Tuesday.\n\nRain fell.\n\nThe vote was postponed in two towns.',
      'The vote was',
    ],
    [
      'to another occasion of the kind ("a meeting")',
      'The mayor met the governor on Monday.\n\nRain fell.\n\nShe spoke at a meeting of the council.',
      'She spoke at a meeting',
    ],
    [
      'to earlier occasions ("the previous meeting")',
      'The mayor met the governor on Monday.\n\nRain fell.\n\nThe previous meeting ended badly.',
      'The previous meeting',
    ],
    [
      'from a verb of another sense ("buried 30 homes" … "the funeral")',
      'Mud buried 30 homes on Saturday.\n\nRain fell.\n\nThe funeral drew a crowd.',
      'The funeral',
    ],
    [
      'from "met" with no one ("met stiff resistance")',
      'The bill met stiff resistance from farmers on Monday.\n\nRain fell.\n\nThe meeting ended without agreement.',
      'The meeting ended',
    ],
    [
      'to another occasion of the kind, named by a word before the noun ("the board meeting")',
      'The mayor met the governor on Monday.\n\nRain fell.\n\nThe board meeting ended without agreement.',
      'The board meeting',
    ],
    [
      'to the plural ("the meetings")',
      'The mayor met the governor on Monday.\n\nRain fell.\n\nThe meetings ended without agreement.',
      'The meetings ended',
    ],
    [
      'across a year told since',
      'The mayor met the governor on Monday.\n\nIn 2012, the mayor held a meeting with the queen.\n\nThe meeting ended without agreement.',
      'The meeting ended',
    ],
    [
      'across a mention of another occasion ("an earlier vote")',
      'The council voted on Tuesday to close the old school.\n\nAn earlier vote had failed.\n\nThe vote went smoothly.',
      'The vote went',
    ],
    [
      'to a verb of its course with an object ("drew criticism")',
      'The council voted on Tuesday to close the old school.\n\nRain fell.\n\nThe vote drew angry criticism.',
      'The vote drew',
    ],
  ])('not %s', (_, text, title) => {
    expect(shown(eventTitled(run(text), title))).toBe('2026-06-10 (by)');
  });

  it('starts no narrative: the sentence after keeps the publication bound', () => {
    const events = run('Voters cast ballots on Sunday.\n\nRain fell.\n\nThe polls closed on time. The mayor praised the voters.');
    expect(shown(eventTitled(events, 'The mayor praised'))).toBe('2026-06-10 (by)');
  });
});
