// The tokenizer of the stage: one pass over the text finds the anchor words (month names, units,
// digits…) that every time expression contains, with their offsets (the words between anchors
// need no tokens: matchers read them with their own patterns). A matcher whose pattern begins
// with an anchor word is tried only at the tokens it can begin with; the others search only the
// regions around their anchors. A long text with few times costs little more than one pass.
import { HOLIDAYS, MONTHS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS } from './lexicon.ts';
import type { Span } from './types.ts';
import { alternation } from './patterns.ts';

export type AnchorKind =
  'month' | 'weekday' | 'digit' | 'unit' | 'numword' | 'deictic' | 'season' | 'pod' | 'holiday' | 'set' | 'decadeword';

const KINDS: Readonly<Record<AnchorKind, readonly string[]>> = {
  month: Object.keys(MONTHS),
  weekday: Object.keys(WEEKDAYS).flatMap((w) => [w, `${w}s`]),
  digit: [],
  unit: [
    ...Object.keys(UNITS).flatMap((u) => u.split(' ')),
    'half',
    'period',
    'fortnight',
    'fiscal',
    'fy',
    'hourlong',
    'daylong',
    'weeklong',
    'monthlong',
    'yearlong',
    'decadelong',
  ],
  numword: ['seventeen', 'eighteen', 'nineteen', 'twenty', 'thousand'],
  deictic: [
    'today',
    'tonight',
    'tomorrow',
    'yesterday',
    'now',
    'these',
    'current',
    'currently',
    'nowadays',
    'present',
    'presently',
    'moment',
    'recent',
    'recently',
    'lately',
    'past',
    'future',
    'term',
    'later',
  ],
  season: Object.keys(SEASONS),
  pod: [...Object.keys(PARTS_OF_DAY).flatMap((p) => p.split(/[\s-]/)), 'noon', 'midday', 'midnight', 'afternoon'],
  holiday: Object.keys(HOLIDAYS).map((h) => h.split(' ')[0]!.replace(/['’]s$/, '')),
  set: [
    'daily',
    'nightly',
    'weekly',
    'biweekly',
    'fortnightly',
    'monthly',
    'annually',
    'yearly',
    'hourly',
    'biannually',
    'quarterly',
    'semiannually',
    'semi',
    'bi',
    'every',
    'each',
  ],
  decadeword: ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'],
};

/** Lower-case word → the anchor kinds it belongs to. */
const WORD_KINDS = new Map<string, AnchorKind[]>();
for (const [kind, words] of Object.entries(KINDS) as [AnchorKind, readonly string[]][]) {
  for (const w of words) WORD_KINDS.set(w, [...(WORD_KINDS.get(w) ?? []), kind]);
}

/** One pass finds every anchor word (any case) and every run of digits. */
const ANCHOR = new RegExp(`\\b(?:${alternation([...WORD_KINDS.keys()])})(?![A-Za-z])|\\d+`, 'gi');
/**
 * How far a pattern reaches from its anchor word (at most about 25 characters: "the twenty-first
 * of May"). The optional words a matcher takes before its pattern are read from the whole text.
 */
const MARGIN = 32;

/** An anchor word where it starts: its lower-case text, or "#n" for a run of n digits. */
export interface Token {
  at: number;
  key: string;
}

/** The anchor tokens in text order, and per kind the regions around them (merged, cut at whitespace). */
export interface Anchors {
  tokens: Token[];
  regions: Map<AnchorKind, Span[]>;
}

/** The words of an anchor kind ("#1" to "#9" for digits: runs of one to nine or more). */
export function wordsOf(kind: AnchorKind): readonly string[] {
  return kind === 'digit' ? ['#1', '#2', '#3', '#4', '#5', '#6', '#7', '#8', '#9'] : KINDS[kind];
}

/** "#1" to "#9" by length, made once rather than for every number of the text. */
const DIGIT_KEYS = ['', '#1', '#2', '#3', '#4', '#5', '#6', '#7', '#8', '#9'];
/** The token key of an anchor's text. */
export const tokenKey = (w: string): string => (w.charCodeAt(0) <= 57 ? DIGIT_KEYS[Math.min(w.length, 9)]! : w.toLowerCase());

export function findAnchors(text: string): Anchors {
  const spans = new Map<AnchorKind, Span[]>();
  const tokens: Token[] = [];
  ANCHOR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANCHOR.exec(text)) !== null) {
    const w = m[0];
    const key = tokenKey(w);
    const kinds = w.charCodeAt(0) <= 57 ? DIGIT : WORD_KINDS.get(key);
    if (!kinds) continue;
    tokens.push({ at: m.index, key });
    const start = Math.max(0, m.index - MARGIN);
    const end = Math.min(text.length, m.index + w.length + MARGIN);
    for (const k of kinds) {
      const list = spans.get(k) ?? spans.set(k, []).get(k)!;
      const last = list[list.length - 1];
      if (last && start <= last.end) last.end = Math.max(last.end, end);
      else list.push({ start, end });
    }
  }
  for (const list of spans.values()) for (const r of list) widen(text, r);
  return { tokens, regions: spans };
}
const DIGIT: AnchorKind[] = ['digit'];

/**
 * Moves the edges of a region out to whitespace, so that \b and look-arounds at its edges see
 * what they would see in the whole text. Bounded: a text without spaces keeps the plain cut.
 */
function widen(text: string, r: Span): void {
  const minS = Math.max(0, r.start - MARGIN);
  const maxE = Math.min(text.length, r.end + MARGIN);
  while (r.start > minS && !isSpace(text.charCodeAt(r.start - 1))) r.start--;
  while (r.end < maxE && !isSpace(text.charCodeAt(r.end))) r.end++;
}
const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13 || c === 160;

/** The regions a matcher must search: the union of those of its anchor kinds. */
export function regionsFor(anchors: Anchors, kinds: readonly AnchorKind[]): Span[] {
  const regions = anchors.regions;
  if (kinds.length === 1) return regions.get(kinds[0]!) ?? [];
  const all: Span[] = [];
  for (const k of kinds) all.push(...(regions.get(k) ?? []));
  all.sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const r of all) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}
