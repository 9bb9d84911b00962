// Who speaks: a mention right before a verb of speaking ("Ruiz said", "he later added"), or right
// after one that follows a quotation or a comma ("…,” said Gen. Ana Ruiz"). Pronoun and quotation
// readers use it to follow a speaker from one sentence to the next.
import { NOT_SPEAKING, sayingFormsOf, sayingLemmas } from '../language/saying.ts';

/**
 * Verbs of speaking (language/saying.json): those that state or claim what is said, and those that
 * only tell someone spoke ("urged", "recalled"); not those that tell no one spoke ("the Axios report").
 */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  sayingLemmas(['stated', 'reported', 'claimed', 'estimated', 'spoke'])
    .filter((lemma) => !NOT_SPEAKING.has(lemma))
    .flatMap((lemma) => sayingFormsOf(lemma)),
);
const VERBS = [...SPEECH_VERBS].join('|');
/** After the speaker: "said", "has said", "also told", "later added". */
const AFTER = new RegExp(String.raw`^,?\s+(?:(?:also|then|later|again|earlier|has|had|have)\s+){0,2}(?:${VERBS})\b`, 'i');
/** Before the speaker: "…,” said Gen. Ana Ruiz", ", added the minister". */
const BEFORE = new RegExp(String.raw`(?:[,”"]\s*|^\s*)(?:${VERBS})\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$`, 'u');

/** The mention at [start, end) is the one who speaks in its clause. */
export function speaks(text: string, start: number, end: number): boolean {
  return AFTER.test(text.slice(end, end + 40)) || BEFORE.test(text.slice(Math.max(0, start - 60), start));
}

/** A verb of speaking follows the mention ending at `end`: "it said", "it later announced". */
export const speaksNext = (text: string, end: number): boolean => AFTER.test(text.slice(end, end + 40));

/** Between a speaker and what it says: "said", "announced Friday that", "has said that". */
const TO_CONTENT = new RegExp(String.raw`^\s+(?:(?:also|has|had|have)\s+)?(?:${VERBS})\s+(?:\p{Lu}\p{Ll}+\s+)?(?:that\s+)?$`, 'u');

/** The text between a mention and what follows is a verb of saying: "Orvell said (that) …". */
export const saysThat = (gap: string) => TO_CONTENT.test(gap);
