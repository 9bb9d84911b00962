// What the merge needs to know of one event: its kind of happening, its day, its participants, its
// documents and the places its passages name.
import type { TimelineEvent } from '../../model/dataset.ts';
import type { Span } from '../context.ts';
import { familyIn, kindOf } from './kinds.ts';
import type { Report } from './merge.ts';
import { sortedShingles } from './duplicates.ts';
import { overlapsAny, textWithout } from '../spans.ts';

/** "in Homs", "near the border town of Tal Kalakh", "at Tahrir Square": a capitalised name after a place preposition. */
const PLACE = /\b(?:in|at|near|outside|inside)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?(?:of\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)/gu;

/** A lower-case word after a name that is not a function word: the name is an adjective ("North African nation"). */
const MODIFIES =
  /^\s+(?!(?:on|in|at|and|or|to|for|from|by|with|of|as|after|before|since|during|where|which|who|that|is|was|were|are|has|had|have|said|says|late|early|last|this|earlier)\b)\p{Ll}/u;

/** "has not spoken", "never met", "didn't sign": the passage says it did not happen. */
const NEGATED = /(?:\bnot|\bnever|n['’]t|\bno longer)\s+(?:\p{L}+\s+)?$/iu;

export interface DocFacts {
  order: number;
  text: string;
  /** Actor mentions and time expressions: names that are not places. */
  names: readonly Span[];
  timexes: readonly Span[];
  /** Every actor mention, places too. */
  mentions?: readonly Span[];
}

const DAY_MS = 864e5;

/** Shared by every report that names no place. */
const NO_PLACES: readonly string[] = [];

/** Days since 1970 of an event dated to one day (a clock time counts as its day), else null. */
export function dayOf(event: TimelineEvent): number | null {
  const t = event.time;
  if (!t || t.interval || t.mod || t.approximate || t.anchor === 'document') return null;
  if (t.granularity !== 'day' && t.granularity !== 'time') return null;
  return Date.parse(`${t.start}T00:00:00Z`) / DAY_MS;
}

export function placesIn(text: string, from: number, to: number, names: readonly Span[]): string[] {
  const out: string[] = [];
  const quote = text.slice(from, to);
  for (const m of quote.matchAll(PLACE)) {
    const start = from + m.index + m[0].length - m[1]!.length;
    const end = start + m[1]!.length;
    if (overlapsAny(names, start, end)) continue;
    // "in his North African nation": a name before a noun describes it, it is no place.
    if (MODIFIES.test(text.slice(end, Math.min(to, end + 30)))) continue;
    out.push(m[1]!.toLowerCase());
  }
  return out;
}

/** What toReport reads of a passage, read once: the events of one sentence share their passage. */
interface Passage {
  places?: readonly string[];
  shingles?: Uint32Array;
}
const PASSAGES = new WeakMap<DocFacts, Map<string, Passage>>();

function passageOf(doc: DocFacts, span: Span): Passage {
  let byDoc = PASSAGES.get(doc);
  if (!byDoc) PASSAGES.set(doc, (byDoc = new Map()));
  const key = `${span.start}:${span.end}`;
  let passage = byDoc.get(key);
  if (!passage) byDoc.set(key, (passage = {}));
  return passage;
}

const placesOf = (doc: DocFacts, span: Span) =>
  (passageOf(doc, span).places ??= placesIn(doc.text, span.start, span.end, doc.names));
// Dates left out: two passages alike only in "on 3 March 2031" are not one passage.
const shinglesOf = (doc: DocFacts, span: Span) =>
  (passageOf(doc, span).shingles ??= sortedShingles(textWithout(doc.text, span, doc.timexes), 3));

export function toReport(event: TimelineEvent, facts: (docId: string) => DocFacts): Report {
  const first = event.evidence[0]!;
  const doc = facts(first.docId);
  const trigger = doc.text.slice(first.trigger.start, first.trigger.end);
  const timex = first.timex;
  // A trigger that is the date itself, or a name ("Friday", "Cairo"), says nothing of the happening.
  const overlapsDate = timex !== null && timex.start < first.trigger.end && first.trigger.start < timex.end;
  const head = trigger.trim().split(/\s+/).at(-1) ?? '';
  // Then the clause may still name it: the first word of a known kind in the title ("Gunmen
  // attacked a police station in [Tikrit] on 5 May", "France arrested two [diplomats] on 7 July").
  // The kinds that kinds.json knows are joined. A word of another kind (appear, receive) is joined
  // only with the same word and two shared participants (see merge.ts); one too general (said,
  // was) keeps the event apart unless its passage is a reworded copy; when the event word is a
  // name ("attacked a police station in [Tikrit] on 5 May"), the clause's first word of a known
  // kind stands for it, a weaker sign. A phrase is read with the word after the event word
  // ("stepped down").
  // A capital is a name's, unless the word opens its passage and no name or date is there ("Speaking on state TV, …").
  const opens = !/\p{L}/u.test(doc.text.slice(first.start, first.trigger.start));
  const isName = (names: readonly Span[]) => overlapsAny(names, first.trigger.start, first.trigger.end);
  const capitalName = /^\p{Lu}/u.test(head) && (!opens || isName(doc.names) || isName(doc.mentions ?? []));
  const named = !overlapsDate && !capitalName;
  const after = doc.text.slice(first.trigger.end, first.trigger.end + 24).match(/^\s+(\p{Ll}+)/u)?.[1] ?? '';
  const own = named ? kindOf(trigger, after) : null;
  const kind = own?.family ? own : named ? null : familyIn(event.title);
  const places: string[] = [];
  for (const e of event.evidence) for (const p of placesOf(facts(e.docId), e)) if (!places.includes(p)) places.push(p);
  return {
    event,
    order: doc.order * 1e9 + first.start,
    kind,
    word: own && !own.family ? own.key : null,
    negated: NEGATED.test(doc.text.slice(Math.max(first.start, first.trigger.start - 24), first.trigger.start)),
    day: dayOf(event),
    places: places.length ? places : NO_PLACES,
    shingles: () => shinglesOf(doc, first),
  };
}
