// A lone name that is a person by what it does: it speaks, and "he" or "she" follows it
// ("Halvorsen told reporters he …", "“…,” said Halvorsen. She …"), even in a short article that
// never gives the full name. A company speaks too, but is "it" ("Orvell said it would …").
import { speaks } from './speech.ts';
import lists from './names.json' with { type: 'json' };

/** The rest of a sentence and the next one: where "he" or "she" would refer back to a speaker. */
const TWO_SENTENCES = /^[^.!?]*[.!?]?["”’]?\s*[^.!?]*/;
const PERSONAL = /\b(?:he|she|his|her|him|himself|herself)\b/i;
const IT = /\b(?:its?|the (?:company|firm|group|agency))\b/i;
/** A capitalized word inside a sentence: someone else "he" may stand for. */
const ANOTHER_NAME = /(?<![.!?]["”’]?\s*)(?<=\s)\p{Lu}\p{Ll}/u;
const NOBODY = /^(?:Every|Some|No|Any)(?:one|body)$/;
/** Words for people that open a sentence with a capital and speak: "Officials said he …", "Police told …". */
const UNNAMED = new Set(lists.unnamedPeople.split(' '));

/** The word at [start, end), one capitalized word, speaks and is then "he" or "she", with no "it" between. */
export function speakingPerson(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || UNNAMED.has(word.toLowerCase()) || NOBODY.test(word)) return false;
  return heSpeaks(text, start, end);
}

const NOT_BEFORE_SPEAKER = new Set(lists.notBeforeSpeaker.split(' '));

/** A name of two or three capitalized words ("Tarek Qawasmi said he …") that speaks the same way. */
export function speakingName(text: string, start: number, end: number): boolean {
  const words = text.slice(start, end).split(/\s+/);
  // "the Red Crescent said", "at Exclusive Analysis, said he": a body behind an article or a preposition.
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, start - 20), start))?.[1] ?? '';
  if (NOT_BEFORE_SPEAKER.has(before.toLowerCase())) return false;
  if (!(words.length > 1 && words.length < 4 && words.every((w) => /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u.test(w)) && heSpeaks(text, start, end)))
    return false;
  // "Goldman Sachs said he had left the bank": a body speaks of its people too, and names itself after.
  return !BODY_AFTER.test(TWO_SENTENCES.exec(text.slice(end, end + 300))![0]);
}

/** A body named by a noun of its own after it speaks: "… had left the bank", "… the firm's board". */
const BODY_AFTER = new RegExp(String.raw`\bthe (?:${lists.bodyNounsAfterSpeaker.split(' ').join('|')})\b`, 'i');

function heSpeaks(text: string, start: number, end: number): boolean {
  if (!speaks(text, start, end)) return false;
  const rest = TWO_SENTENCES.exec(text.slice(end, end + 300))![0];
  const personal = rest.search(PERSONAL);
  if (personal < 0) return false;
  // "Microsoft said Ballmer would retire and that he …": "he" may be another name's.
  const between = rest.slice(0, personal);
  return !IT.test(between) && !ANOTHER_NAME.test(between);
}
