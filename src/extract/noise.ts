// Stage 3c: page noise. Text pasted or saved from a web page carries the page around the article:
// share buttons, navigation, "Click here" lines, and reader comments with their timestamps
// ("February 11, 2011 at 9:30 am | Report abuse | …"). This stage finds those lines, so that no
// event comes from them; the text and its offsets stay as they are, and the article is kept.
//
// Reader comments come after the article: from the first line that marks one (a comment
// timestamp, "Report abuse"), the rest of the page is comments, and so are the lines just before
// it that read as a reader's words (first or second person, a lower-case start, "!!", "…"), since
// a comment's text often comes before its timestamp.
import type { Span } from './context.ts';
import words from './noise/words.json' with { type: 'json' };

export interface Noise {
  /** Spans of whole lines that are page noise, in order. */
  spans: Span[];
  /** How many separate blocks of noise (runs of noisy lines) the document holds. */
  blocks: number;
}

const LINES = new Set(words.lines);
const PHRASES = words.phrases;
const COMMENT_MARKERS = words.commentMarkers;
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const CLOCK = '\\d{1,2}:\\d\\d\\s*(?:[ap]\\.?m\\.?)?';
const DATE = `(?:${MONTH}\\s+${DAY},?\\s+\\d{4}|${DAY}\\s+${MONTH}\\s+\\d{4}|\\d{4}-\\d\\d-\\d\\d)`;
/**
 * A comment's timestamp: "February 11, 2011 at 9:30 am |", "11 Feb 2011 at 21:30 |", "February 10,
 * 2011 11:45 pm at 11:45 pm |" (before its links), or "At 12:20 30th Jul 2012, Reader wrote:".
 */
const STAMP = new RegExp(
  `${DATE}(?:\\s+${CLOCK})?\\s+at\\s+${CLOCK}\\s*\\||^\\s*at\\s+${CLOCK}\\s+${DATE},\\s+[^,\\n]{1,40}?\\s+wrote:`,
  'i',
);
/**
 * "January 30th, 2011 12:47 pm ET Nobody asked us", "30th January 2011 - 12:47 Nobody asked us": a
 * line that opens with a date and a clock time.
 * One such line may be an article's own "updated" line; two or more are a list of comments.
 */
const LEADING_STAMP = new RegExp(`^\\s*${DATE}\\s+(?:[-–—]\\s+)?${CLOCK}(?:\\s*[A-Z]{2,4}\\b)?\\s+\\S`, 'i');
/** "Home | World | Business | Sport": a line of short items between separators. */
const NAVIGATION = /^(?:[^|•·»]{1,30}[|•·»]\s*){3,}[^|•·»]{0,30}$/;
const SHORT_LINE = /^[\p{L}\s&'’-]{1,40}?(?:\s*[(:]?\s*\d*\s*\)?)?[.:!»›>]*$/u;
/** How far back from the first comment marker lines are read as a reader's words. */
const COMMENT_LEAD = 8;
const MAX_FURNITURE = 120;
const READER = /(?:^\p{Ll})|(?:\b(?:I|I'm|I’m|I've|I’ve|my|me|you|your|you're|you’re|u|lol|omg)\b)|!!|\?\?|\.\.\s*$/u;

export function isFurniture(line: string): boolean {
  const lower = line.trim().toLowerCase();
  if (!lower) return false;
  // A short line only (most are not): the line without its count or its closing mark is looked up.
  if (SHORT_LINE.test(lower)) {
    const bare = lower
      .replace(/\s*[(:]?\s*\d+\s*\)?\s*$/, '')
      .replace(/[.:!»›>]+$/, '')
      .trim();
    if (LINES.has(bare)) return true;
  }
  // A long line is an article's paragraph even if it ends in "click here".
  if (lower.length <= MAX_FURNITURE && PHRASES.some((p) => lower.includes(p))) return true;
  return NAVIGATION.test(lower);
}

export function isCommentMarker(line: string): boolean {
  const lower = line.toLowerCase();
  // Not "Posted by": that is also how an article's byline begins, and would drop the whole article.
  return COMMENT_MARKERS.some((p) => lower.includes(p)) || STAMP.test(line);
}

export function findNoise(text: string): Noise {
  const lines: Span[] = [];
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (text.slice(start, end).trim()) lines.push({ start, end });
    start = end + 1;
  }
  const noisy = lines.map((l) => isFurniture(text.slice(l.start, l.end)));
  const marked = lines.findIndex((l) => isCommentMarker(text.slice(l.start, l.end)));
  const stamped = lines.filter((l) => LEADING_STAMP.test(text.slice(l.start, l.end)));
  const listed = stamped.length >= 2 ? lines.indexOf(stamped[0]!) : -1;
  const first = marked < 0 ? listed : listed < 0 ? marked : Math.min(marked, listed);
  if (first >= 0) {
    for (let i = first; i < lines.length; i++) noisy[i] = true;
    for (let i = first - 1; i >= Math.max(0, first - COMMENT_LEAD); i--) {
      const line = text.slice(lines[i]!.start, lines[i]!.end);
      if (!READER.test(line.replace(/[“"][^”"]*[”"]/g, ''))) break;
      noisy[i] = true;
    }
  }
  const spans = lines.filter((_, i) => noisy[i]);
  const blocks = noisy.filter((n, i) => n && !noisy[i - 1]).length;
  return { spans, blocks };
}
