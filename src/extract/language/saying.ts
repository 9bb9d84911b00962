// The verbs of saying, one list of lemmas (saying.json) sorted by what they tell of what is said;
// each stage reads the kinds it needs, in the forms it needs, spelled by verbForms.ts.
import list from './saying.json' with { type: 'json' };
import { VERB_FORMS, pastOf, sOf } from './verbForms.ts';

export type SayingKind = keyof typeof list.verbs;
/** The kinds that attribute a statement to a source, by the certainty they give it. */
export const CUE_KINDS = ['stated', 'reported', 'claimed', 'estimated'] as const satisfies readonly SayingKind[];
export const ALL_KINDS = Object.keys(list.verbs) as SayingKind[];

/** Verbs of saying that tell no one spoke: "the Axios report", "analysts expected". */
export const NOT_SPEAKING: ReadonlySet<string> = new Set(list.notSpeaking);

/** The lemmas of the given kinds: "say", "tell", "urge". */
export const sayingLemmas = (kinds: readonly SayingKind[]): string[] => kinds.flatMap((k) => list.verbs[k]);

/** Forms that are as often no act of saying: "the state", "a signal", "young men learn". */
export const NOT_SAYING: ReadonlySet<string> = new Set(list.notSaying);
/** The spellings the table gives beside the ruled ones ("signalled" beside "signaled"). */
const otherForms = (lemma: string) => (Object.prototype.hasOwnProperty.call(VERB_FORMS, lemma) ? (VERB_FORMS[lemma]!.other ?? []) : []);

/** Which forms a stage reads: the lemma ("say"), the third person ("says"), the past ("said", "signalled"). */
export interface FormChoice {
  lemma?: boolean;
  s?: boolean;
  past?: boolean;
}

/** The forms of one lemma, those that are as often no act of saying left out. */
export function sayingFormsOf(lemma: string, { lemma: bare = true, s = true, past = true }: FormChoice = {}): string[] {
  const forms = [...(bare ? [lemma] : []), ...(s ? [sOf(lemma)] : []), ...(past ? [pastOf(lemma), ...otherForms(lemma)] : [])];
  return forms.filter((f, i) => forms.indexOf(f) === i && !NOT_SAYING.has(f));
}

/** The forms of every lemma of the given kinds. */
export const sayingForms = (kinds: readonly SayingKind[], choice?: FormChoice): string[] =>
  sayingLemmas(kinds).flatMap((lemma) => sayingFormsOf(lemma, choice));
