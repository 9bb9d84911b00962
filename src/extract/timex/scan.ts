// Runs the matchers of rules.ts and collects their candidates. A matcher whose pattern begins with
// an anchor word is tried (sticky) only at the anchor tokens it can begin with; its optional
// leading words ("the past", "about") are then read backwards from there. Any other matcher
// searches the regions around its anchors, each as a slice of the text (offsets shifted back).
import type { Candidate, Matcher, Parsed } from './spec.ts';
import { RULES } from './rules.ts';
import { findAnchors, regionsFor, wordsOf } from './anchors.ts';

/** Longest text a single match may cover: bounds the work of a pathological input. */
const MAX_MATCH = 120;
/** How far back the optional words before a match are looked for: six words, 48 characters. */
const LOOK_BACK = 48;
const BACK_WORDS = 6;
const BEFORE_STICKY = new Map<RegExp, RegExp>();
/** Space, hyphen or apostrophe: what may stand between a match and the words before it. */
const isGap = (c: number): boolean => c === 32 || c === 45 || c === 10 || c === 9 || c === 160 || c === 39 || c === 8217;
const isWord = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Extends a match backwards over the words its matcher allows before it. The `before` pattern is
 * tried only at the starts of the last few words, leftmost first: the first that reaches the
 * match is the longest extension.
 */
function extendBack(m: RegExpExecArray, text: string, re: RegExp, h: Head | null): void {
  if (!h) return;
  const sticky = BEFORE_STICKY.get(re) ?? BEFORE_STICKY.set(re, new RegExp(re.source, 'iy')).get(re)!;
  for (let k = h.starts.length - 1; k >= 0; k--) {
    sticky.lastIndex = h.starts[k]!;
    const b = sticky.exec(h.text);
    if (!b) continue;
    Object.assign(m.groups!, b.groups); // the two patterns name their groups apart
    m[0] = b[0] + m[0];
    m.index -= b[0].length;
    return;
  }
}

/** The last few words before a position, with where each starts (shared by every matcher). */
interface Head {
  text: string;
  starts: number[];
  /** The word right before the position, lower-cased. */
  last: string;
}

function headBefore(text: string, index: number): Head | null {
  if (!isGap(text.charCodeAt(index - 1))) return null; // joined to a word: nothing before
  const stop = Math.max(0, index - LOOK_BACK);
  const starts: number[] = [];
  for (let i = index - 1; i >= stop && starts.length < BACK_WORDS; i--) {
    if (isWord(text.charCodeAt(i)) && !isWord(text.charCodeAt(i - 1))) starts.push(i);
  }
  if (starts.length === 0) return null;
  const from = starts[starts.length - 1]!;
  let e = starts[0]!;
  while (e < index && isWord(text.charCodeAt(e))) e++;
  const last = text.slice(starts[0]!, e).toLowerCase();
  for (let k = 0; k < starts.length; k++) starts[k]! -= from; // offsets in the head's own text
  return { text: text.slice(from, index), starts, last };
}

/** Sticky copies of the patterns of matchers that start at their anchor. */
const STICKY = RULES.map((m) => new RegExp(m.pattern.source, 'iy'));

/** Anchor token key → the matchers (by position in rules.ts) whose pattern can begin with it. */
const DISPATCH = new Map<string, number[]>();
RULES.forEach((m, i) => {
  if (!m.atAnchor) return;
  for (const w of m.startWords ?? m.anchors.flatMap(wordsOf)) {
    const list = DISPATCH.get(w) ?? DISPATCH.set(w, []).get(w)!;
    if (!list.includes(i)) list.push(i);
  }
});

/** Turns a match into a candidate, or nothing when the matcher's extract step rejects it. */
function accept(
  m: RegExpExecArray,
  text: string,
  matcher: Matcher,
  priority: number,
  out: Candidate[],
  heads: Map<number, Head | null>,
): void {
  if (m[0].length === 0 || m[0].length > MAX_MATCH) return;
  m.groups ??= {};
  if (matcher.before) {
    let h = heads.get(m.index);
    if (h === undefined) {
      h = headBefore(text, m.index);
      heads.set(m.index, h);
    }
    if (!matcher.after || (h && matcher.after.test(h.last))) extendBack(m, text, matcher.before, h);
  }
  const parsed: Parsed | null = matcher.extract(m, text);
  if (!parsed) return;
  const start = parsed.start ?? m.index;
  const end = parsed.end ?? m.index + m[0].length;
  out.push({ start, end, type: parsed.type, meaning: parsed.meaning, mod: parsed.mod ?? null, rule: matcher.name, priority });
}

export function scan(text: string): Candidate[] {
  const out: Candidate[] = [];
  const anchors = findAnchors(text);
  const heads = new Map<number, Head | null>();
  // Matchers that begin at an anchor: only those that can begin with this token are tried.
  for (const token of anchors.tokens) {
    for (const priority of DISPATCH.get(token.key) ?? []) {
      const re = STICKY[priority]!;
      re.lastIndex = token.at;
      const m = re.exec(text);
      if (m) accept(m, text, RULES[priority]!, priority, out, heads);
    }
  }
  // The others search the regions around their anchors.
  for (let priority = 0; priority < RULES.length; priority++) {
    const matcher = RULES[priority]!;
    if (matcher.atAnchor) continue;
    const re = matcher.pattern;
    for (const region of regionsFor(anchors, matcher.anchors)) {
      const slice = text.slice(region.start, region.end);
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(slice)) !== null) {
        if (m[0].length === 0) re.lastIndex++;
        m.index += region.start;
        accept(m, text, matcher, priority, out, heads);
      }
    }
  }
  return out;
}

/**
 * The slow reference for tests: every matcher's pattern searched over the whole text, with no
 * anchors. The fast scan must find every candidate this finds (test/extract/timex/scan.test.ts).
 */
export function scanEverywhere(text: string): Candidate[] {
  const out: Candidate[] = [];
  const heads = new Map<number, Head | null>();
  RULES.forEach((matcher, priority) => {
    const re = new RegExp(matcher.pattern.source, 'gi');
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) re.lastIndex++;
      accept(m, text, matcher, priority, out, heads);
    }
  });
  return out;
}
