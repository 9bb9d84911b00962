// An event the document dates once is that event at its later mentions: "the Oct. 8 quake" makes
// "the day after the quake" Oct. 9 further on, and "the quake" of a later sentence Oct. 8. Only
// the document's own dates, only an event noun the document dates with one time (two dates for
// "the vote" leave every "the vote" as it was), only a date that names the noun ("the Oct. 8
// quake", "this month's earthquake", not "the quake struck on Oct. 8", where the verb may tell
// of another), and only at a later mention "the <noun>", with at most the words the dated mention
// had ("the Asian tsunami" after "the Dec. 26 Asian tsunami"; not "the next quake").
import type { EventTime } from '../../model/dataset.ts';
import type { EventDraft, Span } from '../context.ts';
import type { TimeFinding } from '../timex/types.ts';
import { isEventWord } from './occurrence.ts';
import { determinerBefore } from './patterns.ts';
import { distanceBefore, distanceFrom, type Shift } from './relativeTo.ts';
import lists from './namedDates.json' with { type: 'json' };
import { mapOf } from '../lists.ts';
import { extend } from '../objects.ts';
import { isCarried } from './carried.ts';

/** Verbs whose subject's event noun took place at their time: "A strong quake struck the island on Jan. 12". */
const STRUCK = new Set(lists.struck);
/** The subject before such a verb, from its article: "A strong quake", "The Dec. 26 tsunami" (the date left in). */
const SUBJECT = /(?:^|[\s,;])(?:a|an|the)\s+((?:[\p{L}.'’-]+\s+){0,3}?)([\p{L}-]+)\s+$/iu;

interface Named {
  time: EventTime;
  timex: Span;
  /** The words of the dated mention between the date and its noun, lower case. */
  words: Set<string>;
}

/** The key of an event noun: lower case, without a plural "s" ("tsunamis" → "tsunami"). */
const keyOf = (noun: string): string => noun.toLowerCase().replace(/(?<=[^s])s$/, '');

/** A determiner before a date that names an event noun, an adjective between: "the Oct. 8 quake", "the early March 3 vote". */
const DATED_BEFORE = determinerBefore(undefined, true);

/** The dated event nouns of a document, read in text order. */
export class NamedDates {
  private readonly dates = new Map<string, Named | null>();

  /** Notes the event nouns the sentence's temporal phrases date: "the Oct. 8 quake", "this month's earthquake". */
  record(text: string, findings: readonly TimeFinding[]): void {
    for (const f of findings) {
      const t = f.time;
      if (t.mod || t.interval || !['day', 'month', 'year'].includes(t.granularity)) continue;
      const after = text.slice(f.end, f.end + 60);
      const possessive = /^['’]s\s/.test(after);
      if (!possessive && !DATED_BEFORE.test(text.slice(Math.max(0, f.start - 24), f.start))) continue;
      // The first event noun among the next three words: "the Dec. 26 Asian tsunami".
      const words = /^(?:['’]s)?((?:\s+[\p{L}-]+){1,3})/u.exec(after)?.[1]!.trim().split(/\s+/) ?? [];
      const k = words.findIndex((w) => isEventWord(w) || isEventWord(keyOf(w)));
      if (k < 0) continue;
      const key = keyOf(words[k]!);
      const named = { time: t, timex: { start: f.start, end: f.end }, words: new Set(words.slice(0, k).map((w) => w.toLowerCase())) };
      this.note(key, named);
    }
  }

  /**
   * Notes the event nouns the sentence's dated verbs tell the time of: "A strong quake struck the
   * island on Jan. 12" dates the quake as "the Jan. 12 quake" would. Only a verb of those that say
   * when their subject took place, in the past, with a time of its own the text gave.
   */
  recordStruck(text: string, events: readonly EventDraft[], lemmaAt: (at: number) => string | undefined): void {
    for (const e of events) {
      const t = e.time;
      if (!t || !e.timex || t.anchor === 'document' || t.mod || t.interval || !['day', 'month', 'year'].includes(t.granularity)) continue;
      const lemma = lemmaAt(e.trigger.start);
      if (!lemma || !STRUCK.has(lemma) || !/ed$|^(?:struck|hit|shook|broke|rocked)$/i.test(text.slice(e.trigger.start, e.trigger.end)))
        continue;
      const m = SUBJECT.exec(text.slice(e.quote.start, e.trigger.start));
      if (!m || !isEventWord(m[2]!)) continue;
      const words = m[1]!
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map((w) => w.toLowerCase());
      this.note(keyOf(m[2]!), { time: t, timex: e.timex, words: new Set(words) });
    }
  }

  private note(key: string, named: Named): void {
    const had = this.dates.get(key);
    if (had === undefined) this.dates.set(key, named);
    else if (had && (had.time.start !== named.time.start || had.time.end !== named.time.end)) this.dates.set(key, null);
  }

  /** The date of "the <words> <noun>" ending at `end` in the text, when the document dated that noun before. */
  private find(text: string, span: Span): Named | null {
    if (this.dates.size === 0) return null;
    // The noun may be hyphenated: "the cease-fire".
    const m = /\bthe\s+((?:[\p{L}-]+\s+){0,2})(\p{L}[\p{L}-]*)$/iu.exec(text.slice(Math.max(0, span.end - 60), span.end));
    if (!m || span.end - m[0].length < span.start) return null;
    const named = this.dates.get(keyOf(m[2]!));
    if (!named) return null;
    const words = m[1]!.trim().split(/\s+/).filter(Boolean);
    return words.every((w) => named.words.has(w.toLowerCase())) ? named : null;
  }

  /**
   * Gives an undated (or only bounded, or carried) mention of a dated event noun its date ("[after] the quake"),
   * and what that event did to something its date: "roads were wiped out by the tsunami", "homes
   * destroyed in the quake" happened at the tsunami, the quake.
   */
  date(text: string, events: readonly EventDraft[]): EventDraft[] {
    return mapOf(events, (e) => {
      if (e.time && e.time.anchor !== 'document' && e.time.mod !== 'ON_OR_BEFORE' && !isCarried(e)) return e;
      const named = this.find(text, { start: e.quote.start, end: e.trigger.end });
      if (named && e.title.toLowerCase().startsWith('the ')) return extend(e, { time: named.time, timex: named.timex });
      const cause = this.doneBy(text, e);
      return cause ? extend(e, { time: cause.time, timex: cause.timex }) : e;
    });
  }

  /** The dated event right after a participle and "by", "in" or "during" ("wiped out by the tsunami"), within its passage. */
  private doneBy(text: string, e: EventDraft): Named | null {
    if (!/(?:ed|en)$/i.test(text.slice(e.trigger.start, e.trigger.end))) return null;
    const after = /^(?:\s+(?:out|off|up|down|away))?\s+(?:by|in|during)\s+(the\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u.exec(
      text.slice(e.trigger.end, Math.min(e.quote.end, e.trigger.end + 60)),
    );
    if (!after) return null;
    const end = e.trigger.end + after.index + after[0].length;
    return this.find(text, { start: end - after[1]!.length, end });
  }

  /** Distances from a dated event the text names again without its date: "by the day after the tsunami". */
  shifts(text: string, content: Span, taken: readonly Span[]): Shift[] {
    const out: Shift[] = [];
    // A document that has dated no event noun yet names none again: its text is not searched.
    if (this.dates.size === 0) return out;
    const re = /\b(?:after|before|following)\s+the\s+/giu;
    const body = text.slice(content.start, content.end);
    for (const m of body.matchAll(re)) {
      const at = content.start + m.index;
      // "the quake", "the Asian tsunami", "the first round vote": up to three words, the noun last.
      const words = /^(?:[\p{L}-]+\s+){0,2}[\p{L}-]+/u.exec(body.slice(m.index + m[0].length))?.[0] ?? '';
      const ends = [...words.matchAll(/[\p{L}-]+/gu)].map((w) => at + m[0].length + w.index + w[0].length);
      const end = ends.find((e) => this.find(text, { start: at, end: e }));
      if (end === undefined || taken.some((t) => t.start < end && at < t.end)) continue;
      const named = this.find(text, { start: at, end })!;
      const before = text.slice(content.start, at + m[0].search(/\s+the\s/i) + 1);
      const time = distanceFrom(named.time, before);
      const lead = distanceBefore(before);
      if (!time || !lead) continue;
      out.push({ span: { start: content.start + lead.index, end }, time, timex: named.timex });
    }
    return out;
  }
}
