// The verbs by which a source says something, read once from the list of saying verbs
// (language/saying.json) and the denials of cues.json: the attribution stage asks how certain each
// makes what it says ("said" states, "claimed" claims, "denied" claims the opposite); the event
// stage asks whether a clause is an act of saying, made by the time the document reports it.
import type { Certainty } from '../../model/dataset.ts';
import cues from './cues.json' with { type: 'json' };
import { CUE_KINDS, sayingForms } from '../language/saying.ts';
import { pastOf, sOf } from '../language/verbForms.ts';
import { flatMapOf } from '../lists.ts';

/** Verbs (lemmas) by which a source says the content is false ("deny", "dispute", "reject"): what they deny is no occurrence. */
export const DENIALS: ReadonlySet<string> = new Set(cues.denials);
/** The forms of the denials that mark a claim as denied after a source: "denies", "denied", "disputed". */
export const DENIAL_FORMS: ReadonlySet<string> = new Set(
  flatMapOf(
    cues.denials.filter((v) => cues.denialCues.includes(v)),
    (v) => [v, sOf(v), pastOf(v)],
  ),
);

/** Every cue verb in the forms that may follow a source ("Axios reports", "officials said"), denials included, with the certainty it gives what is said. */
export const verbCertainty: ReadonlyMap<string, Certainty> = new Map<string, Certainty>([
  ...CUE_KINDS.flatMap((certainty) => sayingForms([certainty]).map((v) => [v, certainty] as const)),
  ...[...DENIAL_FORMS].map((v) => [v, 'claimed'] as const),
]);

/** Verbs of saying that assert what is said (a denial is left out: what it denies is not told). */
export const SAYING: ReadonlySet<string> = new Set(sayingForms(CUE_KINDS));
