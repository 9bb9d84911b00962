// Participants read from the clause: the subject of the event's clause takes part in it, also when
// the clause borrows it from the clause it hangs on or names it by a pronoun; the claimant of a
// reported event stays in its attribution. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { rolesOf } from '../helpers.ts';

describe('the subject of the clause is a participant', () => {
  it.each([
    ['its own subject', 'Maria Costa opened the new library on Tuesday.', 'opened', { 'Maria Costa': 'agent' }],
    [
      'the subject before a clause of time set inside the sentence',
      'Kwame Mensah resigned after protesters stormed the ministry, and fled to the coast.',
      'fled',
      { 'Kwame Mensah': 'agent' },
    ],
    [
      'the subject before a relative clause whose closing comma is left out',
      'The Andean Mining Agency, which owns the mine of Mr Halabi said on Monday that the shaft was safe.',
      'said',
      { 'Andean Mining Agency': 'agent' },
    ],
    [
      'the person a description and its relative clause hang on, the closing comma left out',
      'Kwame Mensah, the union leader who led the march to the harbour gates sought to calm the crowd.',
      'sought',
      { 'Kwame Mensah': 'agent' },
    ],
    [
      'the subject before a relative clause and a clause of time',
      'Kwame Mensah, who voted in Tamale as the polls opened, said the count would be fair.',
      'said',
      { 'Kwame Mensah': 'agent' },
    ],
    [
      'a subject shared by "and"',
      'Maria Costa visited the harbour and inspected the damaged piers.',
      'inspected',
      { 'Maria Costa': 'agent' },
    ],
    [
      'a subject shared by a participle after a comma',
      'Maria Costa closed the session, thanking the delegates.',
      'thanking',
      { 'Maria Costa': 'agent' },
    ],
    [
      'a subject shared by "by" and a gerund',
      'Maria Costa ended the strike by raising the wages of the dockers.',
      'raising',
      { 'Maria Costa': 'agent' },
    ],
    ['a subject shared by an infinitive', 'Maria Costa agreed to sign the treaty on Friday.', 'sign', { 'Maria Costa': 'agent' }],
    [
      'a subject after an aside',
      'Maria Costa, elected in 2015 with a large majority, has resigned.',
      'resigned',
      { 'Maria Costa': 'agent' },
    ],
    [
      'a subject set off by a relative clause at the start of the sentence',
      'Halvorsen Motors Corporation, which lost two plants in the storm, has closed the Oslo office.',
      'closed',
      { 'Halvorsen Motors Corporation': 'agent' },
    ],
    [
      'the subject of the main clause for a clause put before it',
      'While touring the port, Maria Costa praised the workers.',
      'touring',
      { 'Maria Costa': 'agent' },
    ],
    [
      'the subject of the main clause past two clauses put before it',
      'Speaking to reporters after touring the port, Maria Costa praised the workers.',
      'Speaking',
      { 'Maria Costa': 'agent' },
    ],
    [
      'the one named right before "for" and a gerund',
      'The council imposed sanctions on Norway for breaking the fishing treaty.',
      'breaking',
      { Norway: 'agent' },
    ],
    [
      'a country named as its administration',
      'The Bush administration released oil from the reserve on Monday.',
      'released',
      { 'United States': 'agent' },
    ],
    [
      'an aid group whose name holds "the"',
      'Save the Children opened a clinic in Tikrit on Monday.',
      'opened',
      { 'Save the Children': 'agent', Tikrit: 'location' },
    ],
    ['a country named as its regime', 'The Norwegian regime has tested a new missile on Monday.', 'tested', { Norway: 'agent' }],
    [
      'the antecedent of a relative pronoun',
      'The ministry thanked Maria Costa, who negotiated the deal.',
      'negotiated',
      { 'Maria Costa': 'agent' },
    ],
    [
      'a person set off by commas, with an apposition, before a clause after another',
      'Asked about the floods, Col. Maria Costa, head of the northern command, evacuated three villages.',
      'evacuated',
      { 'Maria Costa': 'agent' },
    ],
    [
      'a person set off by commas after a description and a title',
      'Ana Ruiz lost the first round. Her rival, Governor Maria Costa, was declared the winner.',
      'declared',
      { 'Maria Costa': 'patient' },
    ],
    [
      'a subject whose apposition holds a dash inside a name',
      'Col. Maria Costa, commander of Task Force – North, has told reporters the roads are open.',
      'told',
      { 'Maria Costa': 'agent' },
    ],
  ])('%s: %j', (_, body, word, expected) => {
    expect(rolesOf(body, word)).toMatchObject(expected);
  });

  it('takes every actor of a coordinated subject', () => {
    expect(rolesOf('Portugal, Spain and France signed the accord in Madrid.', 'signed')).toMatchObject({
      Portugal: 'agent',
      Spain: 'agent',
      France: 'agent',
    });
  });

  it('leaves out an actor named only in an earlier clause of the sentence', () => {
    const roles = rolesOf('After Maria Costa resigned, the board of Nordwind Shipping appointed Tom Reed.', 'appointed');
    expect(roles).not.toHaveProperty(['Maria Costa']);
    expect(roles).toMatchObject({ 'Tom Reed': 'patient' });
  });

  it('gives the speaker no part in what the ones she speaks of did', () => {
    const body = 'Maria Costa said the harbour pilots had decided to close the port.';
    expect(rolesOf(body, 'close')).not.toHaveProperty(['Maria Costa']);
  });

  it('shares the subject across a clause the tagger cut from its own subject', () => {
    const body = 'Maria Costa admitted that "a few of the ferries" were running late, but rejected the complaints.';
    expect(rolesOf(body, 'rejected')).toMatchObject({ 'Maria Costa': 'agent' });
  });

  it('takes the person in apposition before the verb, not the organization that employs them', () => {
    const body = 'The World Bank’s envoy in Lisbon, Maria Costa, visited the flooded district on Sunday.';
    expect(rolesOf(body, 'visited')).toMatchObject({ 'Maria Costa': 'agent' });
    expect(rolesOf(body, 'visited')).not.toHaveProperty(['World Bank'], 'agent');
  });

  it('makes the one who urges or asks the agent of the request; what is asked for is no event of its own', () => {
    expect(rolesOf('Maria Costa urged the strikers to return to work.', 'urged')).toMatchObject({ 'Maria Costa': 'agent' });
    expect(() => rolesOf('Maria Costa asked Tom Reed to close the bridge.', 'close')).toThrow(/no event/);
    expect(rolesOf('Maria Costa asked Tom Reed to close the bridge.', 'asked')).toMatchObject({ 'Maria Costa': 'agent' });
  });

  it('makes the one a possessive pronoun names the agent of an event noun, also behind a preposition', () => {
    const body = 'Minister Maria Costa met the crews.\nThe strike ended after her resignation on May 4.';
    expect(rolesOf(body, 'resignation')).toMatchObject({ 'Maria Costa': 'agent' });
  });

  it('makes the subject of a passive clause its patient', () => {
    expect(rolesOf('Maria Costa was arrested by the police in Porto on Friday.', 'arrested')).toMatchObject({ 'Maria Costa': 'patient' });
  });

  it('reads a pronoun subject as the person it refers to, also after another pronoun', () => {
    const body = 'Maria Costa joined the council in 2004.\nIn 2009 she left it.\nLater she founded a charity.';
    expect(rolesOf(body, 'left')).toMatchObject({ 'Maria Costa': 'agent' });
    expect(rolesOf(body, 'founded')).toMatchObject({ 'Maria Costa': 'agent' });
  });

  it('makes the speaker the agent of saying, not of what is said', () => {
    const body = 'Maria Costa said on Monday that the ferry company had cancelled the crossings.';
    expect(rolesOf(body, 'said')).toEqual({ 'Maria Costa': 'agent' });
    expect(rolesOf(body, 'cancelled')).not.toHaveProperty(['Maria Costa']);
  });

  it('borrows no subject from another clause when its own names no actor', () => {
    const body = 'Maria Costa announced the plan, and the workers rejected it.';
    expect(rolesOf(body, 'rejected')).not.toHaveProperty(['Maria Costa']);
  });

  it('keeps a company named by a description beside a pronoun subject', () => {
    const body = 'Tom Reed joined Nordwind Shipping in 1990.\nIn 1995 he was dismissed by the company and he founded a rival.';
    expect(rolesOf(body, 'dismissed')).toMatchObject({ 'Tom Reed': 'patient', 'Nordwind Shipping': 'agent' });
  });
});

describe('a pronoun that opens what a source says', () => {
  it.each([
    [
      '"it" is the organization that says it',
      'The Andean Mining Agency says that it has closed the northern shaft.',
      'closed',
      'Andean Mining Agency',
    ],
    ['"it" is never a person who speaks', 'Maria Costa said it had flooded the lower town.', 'flooded', null],
    ['"she" is the person who says it', 'Maria Costa said she had signed the lease.', 'signed', 'Maria Costa'],
  ])('%s: %j', (_, body, word, agent) => {
    const roles = rolesOf(body, word);
    if (agent) expect(roles).toMatchObject({ [agent]: 'agent' });
    else expect(Object.values(roles)).not.toContain('agent');
  });
});
