// Sentences that are not news whatever their words: a dateline ("January 09, 2008", "CAIRO, Egypt
// (CNN) --"), a byline ("By Jane Doe, CNN") or a story's credits ("Jane Doe contributed to this
// report"), a question, a row of a table ("| 2005-10-11 | Relief
// flights resume | … |": cells of data, not a sentence that tells anything), and a headline or
// paragraph repeated later in the body (the first one stays).
import type { Span } from '../context.ts';
import { textWithout } from '../spans.ts';

/**
 * A dateline: a place in capitals, maybe a region ("CAIRO", "NEW YORK, N.Y.", "USS CARL VINSON, At sea"), maybe its
 * outlet in brackets ("(CNN)"), maybe a dash or a colon. Alone on its line it is no news
 * ("WASHINGTON (Reuters) -"); with an outlet and a dash it may open the sentence of the news
 * ("CAIRO, Egypt (CNN) -- Protesters …"); before a date it opens one too ("WASHINGTON, July 7, 2005 –").
 */
const DATELINE =
  /^\p{Lu}[\p{Lu}\p{M}.'’-]+(?:[ \t]+\p{Lu}[\p{Lu}\p{M}.'’-]+)*(?:,[ \t]+\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \t]+[\p{L}\p{M}.'’-]+){0,2})?(?:[ \t]*\((?<outlet>[\p{L}\p{M} .&-]{2,30})\))?(?:[ \t]*(?<mark>--|—|–|-|:))?[ \t]*/u;
const AFTER_DATELINE = /^[ \t]*(?:--|—|–|-)?[ \t]*/;

/** "(Updated 10:13 a.m. (1713 local)) …", "-- (Update 1:50 a.m. Cairo, 6:50 p.m. ET) - …": when a live page was updated, not news. */
const UPDATE_STAMP = /^(?:(?:--|—|–)[ \t]*)?\(\s*updated?\b[^()\n]{0,60}(?:\([^()\n]{0,30}\)[^()\n]{0,20})?\)[ \t]*(?:--|—|–|-|:)?[ \t]*/i;

/**
 * A page's headline then when it was last updated ("Ferry strike ends 16 March 2012 Last updated at
 * 14:51 GMT Help The …", "Ferry strike ends updated: Sun Apr 10 2011 18:58:00 The …"): the news
 * starts after the stamp.
 */
const UPDATED_HEADER =
  /^[^\n]{0,300}?\b(?:[Ll]ast [Uu]pdated at \d{1,2}:\d\d(?:[ \t]+\p{Lu}{2,4})?(?:[ \t]+Help)?|[Uu]pdated:[ \t]+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*[ \t]+\p{Lu}\p{Ll}{2,8}[ \t]+\d{1,2},?[ \t]+\d{4}[ \t]+\d{1,2}:\d\d(?::\d\d)?)[ \t]+(?=\p{Lu})/u;

/**
 * A dateline with its outlet and a dash inside the sentence, after the headline and the highlights
 * a page runs into it ("Dock strike spreads Workers walk out in two ports Lisbon, Portugal (Wire)
 * -- …", "… AMMAN (Wire) - …"): what comes before it is the page's heading, told again in the
 * body; the news starts after it ("TRIPOLI Oct 5 (Wire) -" may give the day). A double dash or a long one after any place; a single hyphen
 * after a place in capitals; either way a new sentence starts after the dash (an aside in dashes,
 * "the council (NTC) -- the rebels' body -- said", goes on in lower case).
 */
const HEADED_DATELINE =
  /^[^\n]{0,400}?(?:\([\p{Lu}][\p{L}\p{M} .&-]{1,29}\)[ \t]*(?:--|—|–)|(?:^|\s)\p{Lu}[\p{Lu}\p{M}.'’/-]+(?:[ \t]+\p{Lu}[\p{Lu}\p{M}.'’/-]+)*(?:,[ \t]+[\p{L}\p{M}.'’ -]{2,30})?(?:,?[ \t]+\p{Lu}\p{Ll}{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]+\d{4})?)?[ \t]*\([\p{Lu}][\p{L}\p{M} .&-]{1,29}\)[ \t]*-)[ \t]+(?=[\p{Lu}"“‘'])/u;

/**
 * HEADED_DATELINE where a page's heading runs into it: in the first sentences anything, further on
 * only a place right before the outlet ("GARYAN, Libya (Wire) --", "Cairo, Egypt (Wire) --", "(Wire)
 * --"); a name there is the news itself ("The National Council (NTC) -- the rebels' body -- said").
 */
/** A place the sentence opens with, in a word or three ("Cairo, Egypt", "Atlanta"), not "The …". */
const PLACE_BEFORE_OUTLET = /^(?!The\b)\p{Lu}[\p{L}\p{M}.'’-]*(?:,?[ \t]+\p{Lu}[\p{L}\p{M}.'’-]*){0,2}$/u;

function headedDateline(opening: string, lead: boolean): RegExpExecArray | null {
  const headed = HEADED_DATELINE.exec(opening);
  if (!headed || lead) return headed;
  const outlet = headed[0].lastIndexOf('(');
  const before = headed[0].slice(0, outlet).trim();
  const place = before === '' || PLACE_BEFORE_OUTLET.test(before) || /\p{Lu}{3,}/u.test(before.slice(-40));
  return place ? headed : null;
}

/**
 * A wire page's stamped dateline: the place, a bar, the day and time it was filed, then the place
 * and the outlet and a dash ("LISBON | Thu Feb 10, 2011 6:47 pm EST LISBON (Wire) - …"), maybe
 * after a headline or a photo credit the page runs into it. All of it up to the dash dates and
 * places the report; the news starts after it.
 */
const STAMPED_DATELINE =
  /^[^\n]{0,300}?\p{Lu}[\p{Lu}\p{M}.'’/-]+(?:[ \t]+\p{Lu}[\p{Lu}\p{M}.'’/-]+)*(?:,[ \t]+[\p{L}\p{M}.'’ -]{2,30})?[ \t]*\|[ \t]*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+\p{Lu}\p{Ll}{2,8}\.?[ \t]+\d{1,2},[ \t]+\d{4}(?:[ \t]+\d{1,2}:\d\d[ \t]*[ap]\.?m\.?)?(?:[ \t]+\p{Lu}{2,5})?[ \t]+\p{Lu}[\p{Lu}\p{M}.'’/-]+(?:[ \t]+\p{Lu}[\p{Lu}\p{M}.'’/-]+)*(?:,[ \t]+[\p{L}\p{M}.'’ -]{2,30})?[ \t]*\([\p{L}\p{M} .&-]{2,30}\)[ \t]*(?:--|—|–|-)[ \t]*/u;

/**
 * Where the news of a sentence starts after a dateline that opens it ("WASHINGTON, July 7, 2005
 * President Bush condemned …", "CAIRO, Egypt (CNN) -- Protesters …"): the dateline dates or
 * places the report, it is no event; the sentence's start when it has none. `lead`: one of the
 * document's first sentences, where a page's heading may run into the dateline.
 */
export function afterDateline(text: string, sentence: Span, timexes: readonly Span[], lead: boolean): number {
  const opening = text.slice(sentence.start, sentence.end);
  // Each stamp holds a character few sentences hold (a bracket, a bar, "pdated"): a sentence without
  // it is not searched for that stamp, whose pattern would try every one of its first 300 characters.
  const bracket = opening.includes('(');
  const stamped =
    (bracket ? UPDATE_STAMP.exec(opening) : null) ??
    (opening.includes('pdated') ? UPDATED_HEADER.exec(opening) : null) ??
    (bracket && opening.includes('|') ? STAMPED_DATELINE.exec(opening) : null) ??
    (bracket ? headedDateline(opening, lead) : null);
  if (stamped) return sentence.start + stamped[0].length;
  const line = DATELINE.exec(text.slice(sentence.start, sentence.end));
  if (line?.groups!.outlet && line.groups.mark && line.groups.mark !== ':') return sentence.start + line[0].length;
  const first = timexes.find((t) => t.start > sentence.start && t.start - sentence.start <= 60);
  // The place then a comma, right before the date.
  const place = first ? DATELINE.exec(text.slice(sentence.start, first.start)) : null;
  if (
    !first ||
    !place ||
    place.groups!.outlet ||
    place.groups!.mark ||
    !/^,[ \t]+$/.test(text.slice(sentence.start + place[0].trimEnd().length, first.start))
  )
    return sentence.start;
  return Math.min(sentence.end, first.end + AFTER_DATELINE.exec(text.slice(first.end, sentence.end))![0].length);
}

/** How long the dateline with its outlet and a dash is that opens a line ("CAIRO, Egypt (CNN) -- "); 0 when none. */
export function outletDatelineLength(line: string): number {
  const found = DATELINE.exec(line);
  return found?.groups!.outlet && found.groups.mark && found.groups.mark !== ':' ? found[0].length : 0;
}

export type LineKind = 'dateline' | 'byline' | 'question' | 'repeat' | 'table';

/** A Markdown table row: a line that opens with a cell bar and has at least one more. */
const TABLE_ROW = /^[ \t]*\|[^\n]*\|/;

/**
 * Whether the sentence starts on a table row (a row may hold several "sentences" in its cells),
 * the line starting at `lineStart`. A line whose first mark is no bar is not cut out to be searched.
 */
function inTableRow(text: string, sentence: Span, lineStart: number): boolean {
  let first = lineStart;
  while (text[first] === ' ' || text[first] === '\t') first++;
  if (text[first] !== '|') return false;
  const end = text.indexOf('\n', sentence.start);
  return TABLE_ROW.test(text.slice(lineStart, end < 0 ? text.length : end));
}

const BYLINE = /^(?:by|from|posted by|written by|reporting by|edited by|updated|last updated|published)\b[\s:]/i;
const NAME_WORDS =
  /^(?:[\p{Lu}][\p{L}.'’-]*|and|&|de|van|von|al|el|bin|,|staff|correspondent|writer|reporter|editor|contributor)(?:\s|,|$)/u;

/** How many words of a sentence are not time expressions, digits or punctuation, counted up to `max` + 1. */
function wordsOutside(text: string, sentence: Span, timexes: readonly Span[], max: number): number {
  const rest = textWithout(text, sentence, timexes);
  const word = /\p{L}+/gu;
  let n = 0;
  while (n <= max && word.exec(rest)) n++;
  return n;
}

/**
 * The credits of a wire story or a report: "(Reporting by Jane Doe in Lisbon; Writing by Tom Reed;
 * Editing by Ana Ruiz)", "Jane Doe and Tom Reed contributed to this report.": who wrote it, no news.
 */
const CREDIT = String.raw`(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Rr]esearch)\s+by\s+\p{Lu}`;
/** In brackets, or two of them, or one alone on a short line: not "Research by Harvard found that …". */
const CREDITS = new RegExp(String.raw`^(?:\(\s*${CREDIT}|${CREDIT}(?=.*;\s*${CREDIT}|.{0,40}$))`, 'u');
const CONTRIBUTED = /\bcontributed(?:\s+reporting)?\s+to\s+this\s+(?:report|story|article)\b/i;

function isByline(line: string): boolean {
  if (CREDITS.test(line) || CONTRIBUTED.test(line)) return true;
  if (!BYLINE.test(line) || line.length > 120) return false;
  const rest = line.replace(BYLINE, '').trim();
  // "By Jane Doe and John Roe, CNN": names, not a clause ("By noon, the crowd had grown").
  let words = rest;
  while (words) {
    const m = NAME_WORDS.exec(words);
    if (!m) return /^(?:updated|last updated|published)/i.test(line);
    words = words.slice(m[0].length).trimStart();
  }
  return true;
}

/** White space that a line's key writes as one space: a run of it, or one that is no space. */
const LOOSE_SPACE = /[^\S ]| {2}/;
/** Lines this long or shorter are never taken for a repeat ("Related:", "Photos"). */
const SHORTEST_REPEAT = 21;

/**
 * `seen` holds the keys of the document's earlier whole lines (lower case, single spaces): one
 * written again is a repeat.
 */
export function lineKind(text: string, sentence: Span, timexes: readonly Span[], seen: Set<string>): LineKind | null {
  const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  if (inTableRow(text, sentence, lineStart)) return 'table';
  const line = text.slice(sentence.start, sentence.end).trim();
  // Only a whole line repeats a headline; a sentence said twice in running text is reported twice.
  const wholeLine =
    (sentence.end === text.length || text[sentence.end] === '\n') && /^[ \t#>*+•-]*$/.test(text.slice(lineStart, sentence.start));
  // Most lines are single-spaced already: their key is only lowered. No shorter line is looked for.
  const lower = wholeLine ? line.toLowerCase() : '';
  const key = LOOSE_SPACE.test(lower) ? lower.replace(/\s+/g, ' ') : lower;
  const repeated = key.length >= SHORTEST_REPEAT && seen.has(key);
  if (key.length >= SHORTEST_REPEAT) seen.add(key);
  if (repeated) return 'repeat';
  const hasTime = timexes.some((t) => t.start >= sentence.start && t.end <= sentence.end);
  // A date alone on its line, with at most a place or a weekday beside it.
  if (hasTime && wordsOutside(text, sentence, timexes, 2) <= 2) return 'dateline';
  // Alone on its line, a word in lower case makes it a headline ("NASA, Boeing sign deal").
  // (A dateline's second letter is a capital: a line such as "The …" is not searched.)
  if (!/[a-z]/.test(line[1] ?? '') && DATELINE.exec(line)?.[0].length === line.length && !/\s\p{Ll}/u.test(line)) return 'dateline';
  if (isByline(line)) return 'byline';
  // A question, unless it is quoted: "“Will they come?” she asked" is a statement made.
  if (/\?["”’)]*$/.test(line) && !/[“"]/.test(line)) return 'question';
  // "How the relief flights were planned": a heading that asks without a question mark.
  if (wholeLine && /^(?:#+[ \t]*)?(?:how|why)\s/i.test(line) && !/[.!]$/.test(line)) return 'question';
  return null;
}
