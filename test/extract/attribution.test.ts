import { describe, expect, it } from 'vitest';
import { attributed } from './helpers.ts';

const claimOf = (text: string) => {
  const ctx = attributed(text);
  const claim = ctx.claims[0]!;
  return { ...claim.attribution, content: ctx.text.slice(claim.content.start, claim.content.end) };
};

describe('attribution', () => {
  it.each([
    ['Axios sources indicate CIA operatives facilitated a session.', 'Axios sources', 'axios', ['Axios sources indicate'], 'claimed'],
    ['Axios reveals three undisclosed negotiation rounds', 'Axios', 'axios', ['Axios reveals'], 'reported'],
    [
      'U.S. officials confirm backchannel communications with Hamas',
      'U.S. officials',
      'united-states',
      ['U.S. officials confirm'],
      'stated',
    ],
    [
      'Gulf state analysts estimate $2.3 billion in aid hangs on ratification.',
      'Gulf state analysts',
      null,
      ['Gulf state analysts estimate'],
      'estimated',
    ],
    ['The talks reportedly addressed humanitarian corridors.', null, null, ['reportedly'], 'reported'],
    ['The strike allegedly killed two.', null, null, ['allegedly'], 'claimed'],
    ['The talks collapsed, according to Reuters.', 'Reuters', 'reuters', ['according to Reuters'], 'reported'],
    ['The talks collapsed in June, officials said.', 'officials', null, ['officials said'], 'stated'],
    ['The Biden administration has quietly escalated engagement.', null, null, [], 'stated'],
    ['Mayor Ruiz greeted the crews and announced new funds.', null, null, [], 'stated'],
    // After a determiner a cue word is a noun: no source, no cue.
    ['Mary Lind called the violence a dispute between brothers.', null, null, [], 'stated'],
    // A title's dot or an initial's is no end of the source.
    ['"The bridge will open soon," said Capt. Mary Lind, commander of the unit.', 'Capt. Mary Lind', 'mary-lind', ['said'], 'stated'],
    ['"We are ready," said Army Maj. Gen. Terry A. Wolff.', 'Army Maj. Gen. Terry A. Wolff', 'terry-a-wolff', ['said'], 'stated'],
    ['The bridge will open in May, according to Dr. Mary Lind.', 'Dr. Mary Lind', 'mary-lind', ['according to Dr. Mary Lind'], 'reported'],
    [
      'The bridge will open in May, according to the U.S. military.',
      'the U.S. military',
      'united-states',
      ['according to the U.S. military'],
      'reported',
    ],
  ])('%s', (text, source, actorId, cues, certainty) => {
    expect(claimOf(text)).toMatchObject({ source, actorId, cues, certainty });
  });

  it('takes the person, not the place, of a source that names both', () => {
    const ctx = attributed('Water rose in Ostrava on Monday. Ostrava Mayor Karel Dvorak says the river has risen.');
    expect(ctx.actors.find((a) => a.id === 'ostrava')?.kind).toBe('place');
    expect(ctx.claims[1]!.attribution.actorId).toBe('karel-dvorak');
  });

  it('takes the person, not the product, of a source that names both', () => {
    const ctx = attributed('The Nimbus 2 went on sale in May. Nimbus 2 designer Ana Lopes said the screen was late.');
    expect(ctx.actors.find((a) => a.id === 'nimbus-2')?.kind).toBe('product');
    expect(ctx.claims[1]!.attribution.actorId).toBe('ana-lopes');
  });

  it('takes the content after the source and its cue', () => {
    expect(claimOf('Qatari mediators report 42% drop in violence').content).toBe('42% drop in violence');
    expect(claimOf('Analysts said that the deal held.').content).toBe('the deal held.');
  });

  it('attributes a quotation to the speaker named after it', () => {
    const ctx = attributed('“We’re exploring all avenues,” stated National Security Advisor Jake Sullivan during a briefing.');
    const claim = ctx.claims[0]!;
    expect(claim.attribution).toMatchObject({
      source: 'National Security Advisor Jake Sullivan',
      actorId: 'jake-sullivan',
      certainty: 'stated',
    });
    expect(ctx.text.slice(claim.quote!.start, claim.quote!.end)).toBe('We’re exploring all avenues');
  });

  it('attributes a quotation of several sentences to its speaker', () => {
    const ctx = attributed('“Hamas has agreed to the deal. The hostages will be freed on Monday,” said Israeli official Mark Regev.');
    expect(ctx.claims).toHaveLength(1);
    expect(ctx.claims[0]!.attribution).toMatchObject({ source: 'Israeli official Mark Regev', actorId: 'mark-regev', certainty: 'stated' });
  });

  it('keeps the least certain of several cues', () => {
    expect(claimOf('Officials said the convoy was reportedly hit by an estimated 40 rockets.')).toMatchObject({ certainty: 'estimated' });
  });

  it('finds a hedge in any case, also where a letter only folds to its ASCII form ("ſ", the Kelvin sign)', () => {
    expect(claimOf('The Talks REPORTEDLY addressed humanitarian corridors.')).toMatchObject({
      cues: ['REPORTEDLY'],
      certainty: 'reported',
    });
    expect(claimOf('The minister is ſaid to have resigned.')).toMatchObject({ certainty: 'reported' });
    expect(claimOf('The strike \u212Ailled two, the army ALLEGEDLY said.')).toMatchObject({ certainty: 'claimed' });
    expect(claimOf('The minister was \u212Anown to be ill, and is said to have resigned.')).toMatchObject({ certainty: 'reported' });
  });

  it('does not take a phrase without a source word or actor as a source', () => {
    expect(claimOf('The deal is expected to hold.')).toMatchObject({ source: null, certainty: 'estimated' });
  });
});

describe('attribution on wire copy', () => {
  it.each([
    [
      'As VOA correspondent Purnell Murdock reports, supporters began a rally.',
      'VOA correspondent Purnell Murdock',
      'reported',
      'supporters began a rally.',
    ],
    ['Shoney’s Inc. said it will report a write-off.', 'Shoney’s Inc.', 'stated', 'it will report a write-off.'],
    ['Bush also said Thursday that King Hussein assured him.', 'Bush', 'stated', 'King Hussein assured him.'],
    ["``Very few'' complied, a senior U.S. official told reporters.", 'a senior U.S. official', 'stated', "``Very few'' complied"],
  ])('%s', (text, source, certainty, content) => {
    expect(claimOf(text)).toMatchObject({ source, certainty, content });
  });

  it.each([
    'Although General Abacha had not publicly announced his candidacy, many believe he will run.',
    'Bush was expected to authorize the use of force.',
  ])('takes no source from a clause or a passive: %s', (text) => {
    expect(claimOf(text).source).toBeNull();
  });
});
