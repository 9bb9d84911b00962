// The kind of happening an event word names ("resigned", "resignation" → resignation), so that
// reports of one occurrence told in different words can be joined. Word lists: kinds.json.
import lists from './kinds.json' with { type: 'json' };
import { lemmaOf } from '../language/verbForms.ts';

const IRREGULAR: Record<string, string> = lists.irregular;
// No -er: "protesters" and "fighters" take part in a happening, they do not name it.
const SUFFIXES = ['ations', 'ation', 'ions', 'ion', 'ments', 'ment', 'ings', 'ing', 'ied', 'ies', 'ed', 'es', 's'];

/** A crude stem: the same for the forms of one word, which is all that comparing needs. */
export function stem(word: string): string {
  let w = STEMS.get(word);
  if (w === undefined) {
    if (STEMS.size > 50_000) STEMS.clear();
    STEMS.set(word, (w = stemOf(word)));
  }
  return w;
}
/** The stems of the words met so far: every event title asks for the same few thousand words. */
const STEMS = new Map<string, string>();

function stemOf(word: string): string {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  w = lemmaOf(w) ?? IRREGULAR[w] ?? w;
  for (const suffix of SUFFIXES) {
    if (!w.endsWith(suffix) || w.length - suffix.length < 3) continue;
    w = w.slice(0, -suffix.length) + (suffix === 'ied' || suffix === 'ies' ? 'y' : '');
    break;
  }
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 3 && /([^aeiou])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** A family word's key: its stem, and for a phrase ("step down") the stem of its first word and the second word. */
const phraseKey = (words: string) => {
  const [first, second] = words.split(' ');
  return second ? `${stem(first!)} ${second}` : stem(first!);
};

const FAMILY = new Map<string, string>();
const ONCE = new Set<string>();
const DIFFUSE = new Set<string>();
for (const [name, words] of Object.entries(lists.families)) {
  const family = name.replace(/[!~]$/, '');
  if (name.endsWith('!')) ONCE.add(family);
  if (name.endsWith('~')) DIFFUSE.add(family);
  for (const word of words) FAMILY.set(phraseKey(word), family);
}
const NEVER = new Set(lists.never.map(stem));

export interface Kind {
  /** The family's name, or the word's own stem when no family lists it. */
  key: string;
  /** The happening comes once to a participant (a resignation, a death). */
  once: boolean;
  /** Many happenings of this kind on one day (protests, fighting): one occurrence only in one place. */
  diffuse: boolean;
  /** A family of kinds.json names it (else it is the word's own stem). */
  family: boolean;
  /** Read off the clause's words, the event word being a name ("in [Tikrit] on 5 May"): weaker. */
  fromClause?: boolean;
}

/**
 * The kind of an event word (its last word when it has several: "emergency session"), with the
 * word after it for a phrase ("stepped [down]"); null when too general to tell.
 */
export function kindOf(trigger: string, next = ''): Kind | null {
  const head = trigger.trim().split(/\s+/).at(-1) ?? '';
  const s = stem(head);
  const phrase = next && FAMILY.get(`${s} ${next.toLowerCase()}`);
  if (phrase) return { key: phrase, once: ONCE.has(phrase), diffuse: DIFFUSE.has(phrase), family: true };
  if (s.length < 3 || NEVER.has(s)) return null;
  const family = FAMILY.get(s);
  return family
    ? { key: family, once: ONCE.has(family), diffuse: DIFFUSE.has(family), family: true }
    : { key: s, once: false, diffuse: false, family: false };
}

/** The kind of the first word of a known family in a text (a title), or null. */
export function familyIn(text: string): Kind | null {
  for (const word of text.match(/\p{Ll}+/gu) ?? []) {
    const family = FAMILY.get(stem(word));
    if (family)
      return {
        key: family,
        once: ONCE.has(family),
        diffuse: DIFFUSE.has(family),
        family: true,
        fromClause: true,
      };
  }
  return null;
}
