// The forms of a verb from its lemma ("leave" → "leaves", "left", "leaving"), and back: one table
// (verbForms.json) of the forms no spelling rule makes, read by every stage that needs a verb's
// forms, so that a past or a participle is spelled once.
import table from './verbForms.json' with { type: 'json' };
import { flatMapOf } from '../lists.ts';

/** A verb's forms that no spelling rule makes; a missing form follows the rule. */
export interface IrregularForms {
  past?: string;
  /** Only where it differs from the past ("taken", not "held"). */
  participle?: string;
  s?: string;
  ing?: string;
  /** Further forms of the verb ("am", "are", "were"). */
  other?: string[];
}

export const VERB_FORMS: Readonly<Record<string, IrregularForms>> = table.verbs;
const DOUBLED: ReadonlySet<string> = new Set(table.doubled);

const entryOf = (lemma: string): IrregularForms | undefined =>
  Object.prototype.hasOwnProperty.call(VERB_FORMS, lemma) ? VERB_FORMS[lemma] : undefined;

/**
 * A word of one syllable that ends in one vowel and one consonant ("stop", "ban", "quit"; not
 * "fix", "show", "stay", "need"): its stress is on that syllable, so it doubles the consonant.
 */
const ONE_SHORT_SYLLABLE = /^(?:qu|[^aeiou])*[aeiou][b-df-hj-np-tvz]$/;

/** The stem a regular -ed or -ing adds to: "stop" → "stopp", "patrol" → "patroll" (longer verbs as the table says). */
const doubled = (lemma: string) => (ONE_SHORT_SYLLABLE.test(lemma) || DOUBLED.has(lemma) ? lemma + lemma.slice(-1) : lemma);

/** The past and -ing form the spelling rule makes, whatever the table says: "banned", "lying". */
export function ruledForms(lemma: string): { past: string; ing: string } {
  const past = lemma.endsWith('e') ? `${lemma}d` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied` : `${doubled(lemma)}ed`;
  const ing = lemma.endsWith('ie')
    ? `${lemma.slice(0, -2)}ying`
    : /[^e]e$/.test(lemma)
      ? `${lemma.slice(0, -1)}ing`
      : `${doubled(lemma)}ing`;
  return { past, ing };
}

/** The third person singular: "reaches", "carries", "goes". */
export function sOf(lemma: string): string {
  const irregular = entryOf(lemma)?.s;
  if (irregular !== undefined) return irregular;
  if (/(?:s|sh|ch|x|z)$/.test(lemma)) return `${lemma}es`;
  return /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
}

/** The simple past: "left", "visited", "carried", "banned", "patrolled". */
export function pastOf(lemma: string): string {
  return entryOf(lemma)?.past ?? ruledForms(lemma).past;
}

/** The past participle: "taken", "left", "visited". */
export function participleOf(lemma: string): string {
  return entryOf(lemma)?.participle ?? pastOf(lemma);
}

/** The -ing form: "leaving", "dying", "stopping", "patrolling". */
export function ingOf(lemma: string): string {
  return entryOf(lemma)?.ing ?? ruledForms(lemma).ing;
}

/** Every form of a verb, the lemma first: "leave leaves left leaving". */
export function formsOf(lemma: string): string[] {
  const forms = [lemma, sOf(lemma), pastOf(lemma), participleOf(lemma), ingOf(lemma), ...(entryOf(lemma)?.other ?? [])];
  return forms.filter((f, i) => forms.indexOf(f) === i);
}

/** The irregular pasts of the table ("took", "hit", "was"). */
export const IRREGULAR_PASTS: ReadonlySet<string> = new Set(
  flatMapOf(Object.values(VERB_FORMS), (e) => (e.past === undefined ? [] : [e.past])),
);

/** The irregular past participles of the table ("taken", "held", "been"). */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(
  flatMapOf(Object.values(VERB_FORMS), (e) => (e.past === undefined ? [] : [e.participle ?? e.past])),
);

/** Whether a word is the irregular past of a verb of the table ("took", "hit"; not "visited"). */
export const isPastForm = (word: string): boolean => IRREGULAR_PASTS.has(word);

const LEMMAS = new Map<string, string>();
for (const [lemma, e] of Object.entries(VERB_FORMS))
  for (const form of [e.past, e.participle, e.s, e.ing, ...(e.other ?? [])])
    if (form !== undefined && form !== lemma) LEMMAS.set(form, lemma);

/** The lemma of an irregular form of the table ("took" → "take", "is" → "be"); undefined for any other word. */
export const lemmaOf = (form: string): string | undefined => LEMMAS.get(form);
