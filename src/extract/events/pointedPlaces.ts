// "Crowds gathered in Tikrit on Monday. Police arrested 40 people there": "there" (or "here" in a
// speaker's words, or "the area", "the region") points at the one place named just before it, in
// its own sentence before the word, else in the nearest sentence of its paragraph that names places (two sentences back at
// most). A city and the country it lies in are one place; two places are two candidates, and
// then none is taken. "Officials said here today" in a report written from a place named in its
// dateline ("BAGHDAD, Dec. 10 –") is that place, when the document names it again by its name.
// "There is", "there were": no place at all.
import type { ActorKind, ActorMention } from '../../model/dataset.ts';
import { PLACES } from './placeWords.ts';
import type { Span } from '../context.ts';
import type { AnalyzedSentence } from '../language/analyze.ts';
import { firstFrom } from '../spans.ts';
import { datelinePlace } from './datelines.ts';
import classWords from './classNouns.json' with { type: 'json' };

/** Last words of the names of land that is no settlement, which "the region" may point at. */
const REGIONS = new Set(classWords.regions.split(' '));

/** "there", "here", and "the area" or "the region" with nothing after that says which ("the area of", "the region's"). */
const WORD = /\b(there|here|the\s+(?:area|region))\b(?![-'’]|\s+of\b)/gi;
/** After "there": a verb that makes it no place ("there were", "there has been", "there seems"). */
const EXISTENTIAL =
  /^(?:['’]s|\s+(?:(?:also|still|now|then|already|probably|certainly|clearly|never|not|no\s+longer|usually|often)\s+)*(?:is|isn['’]t|are|aren['’]t|was|wasn['’]t|were|weren['’]t|be|been|being|will|would|could|can|may|might|must|should|shall|has|have|had|seems?|seemed|appears?|appeared|remains?|remained|exists?|existed|lies|lay|stands?|stood|comes?|came|goes|went|used|and\s+(?:there|then)|nor)\b)/i;
/** Before "there": a verb that asks whether there is ("are there", "is there"), or "here and". */
const ASKED = /\b(?:is|are|was|were|be|been|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|neither)\s+$/i;

export interface PointingInput {
  text: string;
  sentences: readonly AnalyzedSentence[];
  /** Every mention of the document, sorted by start. */
  mentions: readonly ActorMention[];
  kindOf: (actorId: string) => ActorKind | undefined;
  parentOf: (actorId: string) => string | null;
  /** The place of the document's dateline (datelines.ts), when the mentions above leave the dateline out; else read from them. */
  dateline?: string | null;
}

/** A reader of "there" and "here" in a clause: the one place each points at, else null. */
export function pointedPlaceReader(input: PointingInput): (clause: Span, trigger: Span) => string | null {
  const { text, sentences } = input;
  const dateline = input.dateline !== undefined ? input.dateline : datelinePlace(text, input.mentions, input.kindOf);
  return (clause, trigger) => {
    WORD.lastIndex = 0;
    const words = text.slice(clause.start, clause.end);
    for (let w = WORD.exec(words); w; w = WORD.exec(words)) {
      const at = clause.start + w.index;
      const end = at + w[0].length;
      const there = w[1]!.toLowerCase() === 'there';
      if (there && (EXISTENTIAL.test(text.slice(end, end + 40)) || ASKED.test(text.slice(Math.max(0, at - 12), at)))) continue;
      const k = firstFrom(sentences, at + 1) - 1;
      const sentence = sentences[k];
      if (!sentence) continue;
      const quoted = insideQuote(text, sentence.start, at);
      // What a speaker says happens here is where the speaker is; the narrator's "here" is the dateline's place.
      if (w[1]!.toLowerCase() === 'here' && !quoted) return dateline && !insideQuote(text, sentence.start, trigger.start) ? dateline : null;
      const id = placeBefore(input, k, at);
      return id && !there && w[1]!.toLowerCase() !== 'here' && !anArea(input, id, /region$/i.test(w[1]!)) ? null : id;
    }
    return null;
  };
}

/**
 * Whether "the area" (or "the region") can be this place: not a country ("Ruiz visited Haiti. Troops
 * left the area": a part of it, maybe); for "the region", only a place named as land that is no
 * settlement or site ("Aceh Province", "the Gulf Coast"; not "Trafalgar Square", "New Orleans").
 */
function anArea(input: PointingInput, id: string, region: boolean): boolean {
  if (input.kindOf(id) !== 'place') return false;
  if (!region) return true;
  const name = input.mentions.find((m) => m.actorId === id)?.text ?? '';
  return REGIONS.has(name.toLowerCase().split(/\s+/).at(-1)!);
}

/** The one place named before `at` in sentence k, else in the nearest sentence of its paragraph before it that names places. */
function placeBefore(input: PointingInput, k: number, at: number): string | null {
  const { text, sentences } = input;
  const own = placesIn(input, sentences[k]!, sentences[k]!.start, at);
  if (own.size > 0) return onlyOne(input, own);
  for (let j = k - 1; j >= Math.max(0, k - 2); j--) {
    if (text.slice(sentences[j]!.end, sentences[j + 1]!.start).includes('\n')) return null; // a new paragraph
    const found = placesIn(input, sentences[j]!, sentences[j]!.start, sentences[j]!.end);
    if (found.size > 0) return onlyOne(input, found);
  }
  return null;
}

/**
 * The places and countries named by their names in [from, to) of a sentence ("its" is none), not
 * as owners ("Ukraine's next government") nor as countries that act ("Gaza celebrated as Israel pulled out its troops and
 * ended its presence there": Gaza).
 */
function placesIn(input: PointingInput, sentence: AnalyzedSentence, from: number, to: number): Set<string> {
  const { text, mentions, kindOf } = input;
  const ids = new Set<string>();
  for (let j = firstFrom(mentions, from); j < mentions.length && mentions[j]!.end <= to; j++) {
    const m = mentions[j]!;
    if (!PLACES.includes(kindOf(m.actorId)) || !/^\p{Lu}/u.test(m.text) || /^['’]/.test(text.slice(m.end, m.end + 1))) continue;
    const next = sentence.tokens.find((t) => t.start >= m.end);
    if (kindOf(m.actorId) === 'country' && next && (next.pos === 'VERB' || next.pos === 'AUX')) continue;
    ids.add(m.actorId);
  }
  return ids;
}

/** The one place of a set, a place and the state or country it lies in counting as one. */
function onlyOne(input: PointingInput, ids: ReadonlySet<string>): string | null {
  const holders = new Set([...ids].map(input.parentOf));
  const inner = [...ids].filter((id) => !holders.has(id));
  return inner.length === 1 ? inner[0]! : null;
}

/** Whether `at` stands inside quotation marks opened in the same sentence. */
function insideQuote(text: string, from: number, at: number): boolean {
  let open = false;
  for (let i = from; i < at; i++) {
    const c = text[i];
    if (c === '“') open = true;
    else if (c === '”') open = false;
    else if (c === '"') open = !open;
  }
  return open;
}
