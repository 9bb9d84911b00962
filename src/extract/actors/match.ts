// Finds actor forms in text: every word is looked up by itself in a map of forms keyed by first
// word, so the cost is one lookup a word however large the gazetteer. Overlaps are settled by one
// rule, longest-leftmost: of two overlapping matches the one starting first, then the longer.
import type { Form } from './gazetteer.ts';
import { eachRun, isLetterOrDigit } from '../wordRuns.ts';
import { extend } from '../objects.ts';
import { alternatives } from '../lists.ts';
import groupNouns from './groupNouns.json' with { type: 'json' };

export interface Match {
  start: number;
  end: number;
  form: Form;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const NONE: readonly Form[] = [];

/** Group nouns that make a country or organization mention name its people, its forces or their craft: "U.S. officials", "the Chinese navy", "Israeli jets". */
const GROUP_NOUN = new RegExp(
  String.raw`^(?:[ \t]+(?:${alternatives(groupNouns.modifiers)}))?[ \t]+(?:${alternatives(`${groupNouns.nouns} ${groupNouns.crews} ${groupNouns.craft}`)})(?![\p{L}\p{N}])`,
  'u',
);

/** A word of a sentence where a form may start (letters and digits). */
export interface Word {
  start: number;
  text: string;
}

/** The words (runs of letters and digits) of text[from, to) where a form may start: found once, looked up in every pass. */
export function wordsIn(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  eachRun(text, isLetterOrDigit, (start, end) => words.push({ start, text: text.slice(start, end) }), from, to);
  return words;
}

/** Each lookup's keys' first UTF-16 units, made again when keys were added (a lookup only grows). */
const FIRSTS = new WeakMap<ReadonlyMap<string, Form[]>, { size: number; units: ReadonlySet<number> }>();

/** The first units a lookup's keys open with: a word that opens with none is not looked up (most words open no form). */
export function firstUnits(lookup: ReadonlyMap<string, Form[]>): ReadonlySet<number> {
  let found = FIRSTS.get(lookup);
  if (found?.size !== lookup.size) {
    found = { size: lookup.size, units: new Set(Array.from(lookup.keys(), (key) => key.charCodeAt(0))) };
    FIRSTS.set(lookup, found);
  }
  return found.units;
}

/**
 * The longest form starting at each of `words` (wordsIn of a span ending at `to`), or null: of
 * two as long, the first in `lookups`, then in its list. `after`: what lookups that come after
 * these found at each word, in an earlier pass (one is kept only when longer): a pass that puts
 * lookups before an earlier pass's looks up only those.
 */
export function formsAt(
  text: string,
  words: readonly Word[],
  to: number,
  lookups: readonly ReadonlyMap<string, Form[]>[],
  after?: readonly (Match | null)[],
): (Match | null)[] {
  const firsts = lookups.map(firstUnits);
  return words.map((w, i) => {
    let best: Match | null = null;
    const first = w.text.charCodeAt(0);
    for (let k = 0; k < lookups.length; k++) {
      if (!firsts[k]!.has(first)) continue;
      for (const form of lookups[k]!.get(w.text) ?? NONE) {
        const end = w.start + form.text.length;
        if (end > to || (best && end <= best.end)) continue;
        if (!text.startsWith(form.text, w.start)) continue;
        if (WORD_CHAR.test(form.text.at(-1)!) && WORD_CHAR.test(text[end] ?? '')) continue;
        if (text[end] === '$') continue; // "US$5" is an amount

        best = { start: w.start, end, form };
      }
    }
    const later = after?.[i] ?? null;
    return later && (!best || later.end > best.end) ? later : best;
  });
}

/** One match at most a word, the longest (formsAt), in text order: of overlapping ones the first is kept. */
export function longestLeftmost(found: readonly (Match | null)[]): Match[] {
  const kept: Match[] = [];
  for (const m of found) if (m && (!kept.length || m.start >= kept.at(-1)!.end)) kept.push(m);
  return kept;
}

/** The forms found at `words` (wordsIn of a span ending at `to`), longest-leftmost. */
export function findForms(text: string, words: readonly Word[], to: number, lookups: readonly ReadonlyMap<string, Form[]>[]): Match[] {
  return longestLeftmost(formsAt(text, words, to, lookups));
}

/** Extends a country or organization mention over a following group noun ("Qatari mediators"). */
export function extendGroup(text: string, match: Match, to: number): Match {
  const next = GROUP_NOUN.exec(text.slice(match.end, Math.min(to, match.end + 60)));
  return next ? extend(match, { end: match.end + next[0].length }) : match;
}
