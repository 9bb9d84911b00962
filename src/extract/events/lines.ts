// Sentences that are not news whatever their words: a dateline ("January 09, 2008", "CAIRO, Egypt
// (CNN) --"), a byline ("By Jane Doe, CNN"), a question, and a headline or paragraph repeated
// later in the body (the first one stays).
import type { Span } from '../context.ts';
import { textWithout } from '../spans.ts';

/** "WASHINGTON, July 7, 2005 –", "BANGKOK, Thailand, Jan. 15, 2005 --": a place in capitals, a date. */
const LEADING_PLACE = /^\p{Lu}[\p{Lu}\p{M}.'’-]+(?:[ \t]+\p{Lu}[\p{Lu}\p{M}.'’-]+)*(?:,[ \t]+\p{Lu}[\p{L}\p{M}.'’ -]{1,30}?)?,[ \t]+$/u;
/** "CAIRO, Egypt (CNN) --": a place in capitals and the outlet. */
const WITH_OUTLET =
  /^\p{Lu}[\p{Lu}\p{M}.'’-]+(?:[ \t]+\p{Lu}[\p{Lu}\p{M}.'’-]+)*(?:,[ \t]+\p{Lu}[\p{L}\p{M}.'’ -]{1,30}?)?[ \t]*\([\p{L}\p{M} .&-]{2,30}\)[ \t]*(?:--|—|–|-)[ \t]*/u;
const AFTER_DATELINE = /^[ \t]*(?:--|—|–|-)?[ \t]*/;

/**
 * Where the news of a sentence starts after a dateline that opens it ("WASHINGTON, July 7, 2005
 * President Bush condemned …", "CAIRO, Egypt (CNN) -- Protesters …"): the dateline dates or
 * places the report, it is no event; the sentence's start when it has none.
 */
export function afterDateline(text: string, sentence: Span, timexes: readonly Span[]): number {
  const outlet = WITH_OUTLET.exec(text.slice(sentence.start, sentence.end));
  if (outlet) return sentence.start + outlet[0].length;
  const first = timexes.find((t) => t.start > sentence.start && t.start - sentence.start <= 60);
  if (!first || !LEADING_PLACE.test(text.slice(sentence.start, first.start))) return sentence.start;
  return Math.min(sentence.end, first.end + AFTER_DATELINE.exec(text.slice(first.end, sentence.end))![0].length);
}

export type LineKind = 'dateline' | 'byline' | 'question' | 'repeat';

/** "CAIRO, Egypt (CNN) --", "WASHINGTON (Reuters) -": a place in capitals and an agency, alone. */
const DATELINE = /^[\p{Lu}][\p{Lu}\p{M} .,'’-]{2,40}(?:\s*\([\p{L} .&-]{2,30}\))?\s*(?:--|—|–|-|:)?$/u;
const BYLINE = /^(?:by|from|posted by|written by|reporting by|edited by|updated|last updated|published)\b[\s:]/i;
const NAME_WORDS =
  /^(?:[\p{Lu}][\p{L}.'’-]*|and|&|de|van|von|al|el|bin|,|staff|correspondent|writer|reporter|editor|contributor)(?:\s|,|$)/u;

/** The words of a sentence that are not time expressions, digits or punctuation. */
function wordsOutside(text: string, sentence: Span, timexes: readonly Span[]): string[] {
  return textWithout(text, sentence, timexes)
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
}

function isByline(line: string): boolean {
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

export function lineKind(text: string, sentence: Span, timexes: readonly Span[], seen: Set<string>): LineKind | null {
  const line = text.slice(sentence.start, sentence.end).trim();
  const key = line.toLowerCase().replace(/\s+/g, ' ');
  // Only a whole line repeats a headline; a sentence said twice in running text is reported twice.
  const wholeLine =
    (sentence.start === 0 ||
      text[sentence.start - 1] === '\n' ||
      /\n[ \t#>*+•-]*$/.test(text.slice(Math.max(0, sentence.start - 8), sentence.start))) &&
    (sentence.end === text.length || text[sentence.end] === '\n');
  const repeated = wholeLine && key.length > 20 && seen.has(key);
  if (wholeLine) seen.add(key);
  if (repeated) return 'repeat';
  const hasTime = timexes.some((t) => t.start >= sentence.start && t.end <= sentence.end);
  // A date alone on its line, with at most a place or a weekday beside it.
  if (hasTime && wordsOutside(text, sentence, timexes).length <= 2) return 'dateline';
  if (DATELINE.test(line)) return 'dateline';
  if (isByline(line)) return 'byline';
  // A question, unless it is quoted: "“Will they come?” she asked" is a statement made.
  if (/\?["”’)]*$/.test(line) && !/[“"]/.test(line)) return 'question';
  return null;
}
