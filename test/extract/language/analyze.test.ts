import { describe, expect, it } from 'vitest';
import { analyze, unloadTagger } from '../../../src/extract/language/analyze.ts';
import { splitSentences } from '../../../src/extract/sentences.ts';

const run = (text: string) => analyze(text, splitSentences(text));
const words = (text: string) => run(text).sentences.map((s) => s.tokens.map((t) => t.text));

describe('language analysis', () => {
  it('files tokens under the sentences of the sentence stage, headlines and list items included', () => {
    const text = '# Talks collapse\n- Envoys leave Doha\nThe talks ended on Monday. Both sides blamed each other.';
    const { sentences } = run(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Talks collapse',
      'Envoys leave Doha',
      'The talks ended on Monday.',
      'Both sides blamed each other.',
    ]);
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2, 3]);
    expect(words(text)[1]).toEqual(['Envoys', 'leave', 'Doha']);
  });

  it('reads a document the same whatever documents were read before it (so any number of workers gives one result)', () => {
    const later = "Velmora's protests were fueled by rumours.";
    const first = words(later);
    expect(first[0]!.slice(0, 2)).toEqual(['Velmora', "'s"]);
    for (const before of ["They marched to Velmora's, then left.", 'It was "Velmora\'s" turn.', "The crowd cheered (Velmora's."]) {
      run(before);
      expect(words(later)).toEqual(first);
    }
  });

  it('reads a text the same after its model is let go and loaded again (the corpus stage runs without it)', () => {
    const text = "Velmora's envoys left Doha on Monday. The talks ended.";
    const before = run(text);
    unloadTagger();
    expect(run(text)).toEqual(before);
  });

  it('reads a spelling the model gives no lemma for as its own lemma, instead of failing the document', () => {
    const text = 'Voters will either back the plan or they wont.\nThe count ends on Friday.';
    const tokens = run(text).sentences.flatMap((s) => s.tokens);
    expect(tokens.find((t) => t.text === 'wont')?.lemma).toBe('wont');
    expect(tokens.find((t) => t.text === 'ends')?.lemma).toBe('end');
  });

  it('gives every token its exact offsets in the document text', () => {
    const text = '  “We won’t sign,” the minister said.\n\nGen. Smith met Mr. Jones at 9:30 a.m. — café owners cheered 👍🏽 in São Paulo.';
    const { sentences } = run(text);
    const tokens = sentences.flatMap((s) => s.tokens);
    expect(tokens.length).toBeGreaterThan(20);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    for (const s of sentences) for (const t of s.tokens) expect(t.start >= s.start && t.end <= s.end).toBe(true);
    expect(tokens.find((t) => t.text === 'São')).toMatchObject({ start: text.indexOf('São') });
    // Each token's lower case is made once, for the stages that compare words.
    for (const t of tokens) expect(t.lower).toBe(t.text.toLowerCase());
    expect(tokens.find((t) => t.text === 'Gen.')?.lower).toBe('gen.');
  });

  it.each([
    ['The army fired on protesters.', 'fired', 'VERB', 'fire'],
    ['The president resigned on Friday.', 'resigned', 'VERB', 'resign'],
    ['The talks broke down.', 'talks', 'NOUN', 'talk'],
    ['She said the ceasefire would hold.', 'said', 'VERB', 'say'],
    ['The ceasefire will hold.', 'ceasefire', 'NOUN', 'ceasefire'],
    ['Thousands of people were killed.', 'killed', 'VERB', 'kill'],
    ['Protesters have been arrested.', 'been', 'AUX', 'be'],
    ['The vote is expected to pass.', 'vote', 'NOUN', 'vote'],
  ])('tags %j: %s is %s with lemma %s', (text, word, pos, lemma) => {
    const token = run(text).sentences[0]!.tokens.find((t) => t.text === word);
    expect(token).toMatchObject({ pos, lemma });
  });

  it('gives no tokens for an empty text, and none outside a sentence', () => {
    expect(run('').sentences).toEqual([]);
    expect(run('   \n\n  ').sentences).toEqual([]);
  });

  it('is the same analysis every time (deterministic)', () => {
    const text = 'Markets fell sharply. The central bank cut rates by half a point on Tuesday.';
    expect(run(text)).toEqual(run(text));
  });
});
