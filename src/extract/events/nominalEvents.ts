// Occurrences a sentence names as nouns after a preposition of time or cause: "Five years after
// its launch, …", "During the ceremony, …", "in response to complaints", "at the annual summit".
// Such a phrase stands for a clause of its own ("after it was launched"), so its event noun is an
// event beside the one its clause tells. Its time follows from the preposition: what came before
// ("after", "since") was known by the time of the sentence's event, what goes on around it
// ("during", "at") has that event's time, what comes later ("before", "ahead of") has none.
import type { EventTime } from '../../model/dataset.ts';
import type { EventDraft, Span } from '../context.ts';
import type { Token } from '../language/analyze.ts';
import { hyphenatedEventNoun, isEventNoun } from './occurrence.ts';
import { knownBy } from './documentTime.ts';
import { titleOf } from './titles.ts';
import lists from './nominal.json' with { type: 'json' };
import { extend } from '../objects.ts';
import { boundWithin } from '../timex/findings.ts';

type Side = 'earlier' | 'same' | 'later';

const PHRASES: { words: string[]; side: Side }[] = (['earlier', 'same', 'later'] as const)
  .flatMap((side) => lists[side].map((p) => ({ words: p.split(' '), side })))
  // Longest first: "in response to" before a one-word match.
  .sort((a, b) => b.words.length - a.words.length);
/** The phrases by their first word, longest first: a token is compared only with those it may begin. */
const BY_FIRST = new Map<string, typeof PHRASES>();
for (const p of PHRASES) BY_FIRST.set(p.words[0]!, [...(BY_FIRST.get(p.words[0]!) ?? []), p]);

/** Words that may stand between the preposition and the event noun: "its", "the annual", "a developers'". */
const MODIFIER = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'PROPN', 'NOUN', 'PART']);

export interface NominalScope {
  text: string;
  /** The words of the claimed content. */
  tokens: readonly Token[];
  /** The sentence's events so far: a noun one of them already has as trigger is theirs. */
  existing: readonly EventDraft[];
  base: Pick<EventDraft, 'attribution' | 'quote'>;
  actorsIn: (spans: Span[]) => string[];
  /** With no event of the sentence to tell them beside, the bound by which the sentence's state was known ("remained closed after the landslide"): the publication date. */
  knownAt?: EventTime | null;
}

/** The preposition starting at token i, if any. */
function prepositionAt(tokens: readonly Token[], i: number): { side: Side; length: number } | null {
  const phrases = BY_FIRST.get(tokens[i]!.lower);
  if (!phrases) return null;
  for (const p of phrases)
    if (p.words.every((w, k) => k === 0 || tokens[i + k]?.lower === w) && tokens[i + p.words.length - 1]!.pos !== 'VERB')
      return { side: p.side, length: p.words.length };
  return null;
}

/**
 * The head of the noun phrase from token `from`: the last noun before anything that is no
 * modifier ("its launch", "a developers' conference", "the March 3 referendum").
 */
function headNoun(tokens: readonly Token[], from: number): { head: number; end: number } | null {
  let head = -1;
  let i = from;
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (/^['’]s?$/.test(t.text)) continue;
    // "its launch", "the company's sale": a word the tagger calls a verb after a determiner is a noun.
    const prev = tokens[i - 1];
    const determined = i > from && (prev!.pos === 'DET' || prev!.pos === 'PRON' || /^['’]s?$/.test(prev!.text));
    if (t.pos === 'VERB' && determined && head < 0) {
      head = i;
      continue;
    }
    if (!MODIFIER.has(t.pos)) break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') head = i;
    else if (head >= 0) break;
  }
  return head < 0 ? null : { head, end: i };
}

/**
 * "at a music event hosted by Apple", "during a media event held at its headquarters": a
 * participle right after the noun, then "by" or "at", describes it (no clause of its own).
 */
function describedBy(tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i]!;
  const after = tokens[i + 1]?.lower;
  return (/(?:ed|en)$/i.test(verb.text) || verb.lower === 'held') && (after === 'by' || after === 'at');
}

/** The time of an occurrence on `side` of an event told at `time`. */
function timeBeside(side: Side, time: EventTime | null): EventTime | null {
  if (!time || side === 'later') return null;
  if (side === 'same' || time.mod === 'ON_OR_BEFORE') return time;
  return knownBy(time);
}

const GATHERINGS = new Set(lists.gatherings);

/** "in a rare press conference": "in" places a sentence's event in a gathering, nothing else here. */
function inGathering(tokens: readonly Token[], i: number): { side: Side; length: number } | null {
  if (tokens[i]!.lower !== 'in') return null;
  const np = headNoun(tokens, i + 1);
  return np && GATHERINGS.has(tokens[np.head]!.lemma) ? { side: 'same', length: 1 } : null;
}

export function nominalEvents(scope: NominalScope): EventDraft[] {
  const { text, tokens, existing } = scope;
  const out: EventDraft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const prep = prepositionAt(tokens, i) ?? inGathering(tokens, i);
    if (!prep) continue;
    const np = headNoun(tokens, i + prep.length);
    if (!np) continue;
    // "after the sit-in": a noun split at its hyphen ends two tokens later.
    const joined = hyphenatedEventNoun(tokens, np.head);
    if (joined) np.end = np.head + 3;
    const noun = joined ?? tokens[np.head]!;
    // "since the quake struck": the noun is the subject of a clause, whose verb tells the event.
    const next = tokens[np.end];
    if (next && (next.pos === 'AUX' || (next.pos === 'VERB' && !describedBy(tokens, np.end)))) continue;
    // "after the events of 2004" names the occurrence, "at Apple Worldwide" does not.
    if (!isEventNoun(noun) || existing.some((e) => e.trigger.start <= noun.start && noun.end <= e.trigger.end)) continue;
    const from = tokens[i + prep.length]!;
    // The sentence's event nearest before the phrase (else after it) is the one it is told beside.
    const nearest = existing.filter((e) => e.trigger.end <= tokens[i]!.start).at(-1) ?? existing.find((e) => e.trigger.start >= noun.end);
    // "Amid the protests, the council will vote within 10 days": that bound is the vote's own.
    const main = nearest?.timex && nearest.time && boundWithin(text, nearest.timex, nearest.time) ? undefined : nearest;
    const span = { start: from.start, end: tokens[np.end - 1]!.end };
    const time = main || !scope.knownAt ? timeBeside(prep.side, main?.time ?? null) : prep.side === 'later' ? null : scope.knownAt;
    out.push(
      extend(scope.base, {
        title: titleOf(text, span),
        time,
        actorIds: scope.actorsIn([span]),
        trigger: { start: noun.start, end: noun.end },
        timex: time && main ? main.timex : null,
      }),
    );
    i = np.end - 1;
  }
  return out;
}
