// Which way an expression without a year or week points: a bare "Friday" or "Dec. 14" is read
// in the past or the future of the document date according to the nearest verb around it.
import type { Span } from './types.ts';

export type Tense = 'past' | 'future' | null;

const FUTURE_WORDS = new Set([
  'will', "'ll", 'shall', "won't", 'wont', 'would', 'going', 'gonna', 'plans', 'plan', 'planning', 'intends', 'intend',
  'expects', 'expect', 'expected', 'scheduled', 'due', 'slated', 'upcoming', 'next', 'tomorrow', 'payable', 'effective',
  'aims', 'hopes', 'seeks', 'forecast', 'forecasts', 'projected', 'planned', 'until', 'till',
]);
const PAST_WORDS = new Set([
  'said', 'says', 'told', 'was', 'were', 'had', 'did', 'made', 'came', 'went', 'took', 'gave', 'got', 'began', 'held',
  'left', 'met', 'sent', 'spent', 'saw', 'found', 'fell', 'rose', 'won', 'lost', 'paid', 'sold', 'bought', 'brought',
  'thought', 'knew', 'led', 'ran', 'struck', 'shot', 'became', 'broke', 'chose', 'drove', 'flew', 'fought', 'grew',
  'kept', 'meant', 'spoke', 'stood', 'stole', 'taught', 'threw', 'wrote', 'ago', 'last', 'yesterday', 'earlier', 'since',
  'has', 'have', 'agreed', 'announced', 'reported', 'been',
]);
/** "as early as Tuesday", "as soon as Friday" look ahead; "as late as" back. */
const FUTURE_PHRASE = /\bas\s+(?:early|soon)\s+as\s*$|\b(?:plans?|planned|expected|scheduled|set|due|going|(?:is|are)(?:\s+not)?)\s+to\s+[a-z]+\b[^.;]*$/i;

function cueOf(word: string): Tense {
  const w = word.toLowerCase().replace(/’/g, "'");
  if (FUTURE_WORDS.has(w)) return 'future';
  if (PAST_WORDS.has(w)) return 'past';
  if (/^[a-z]{3,}ed$/.test(word) && !/(?:eed|embed|shed)$/.test(w)) return 'past'; // not "succeed", "need"
  return null;
}

const WORDS = /[A-Za-z][A-Za-z'’]*/g;

/**
 * Tense around [start, end): the nearest tense cue before the expression (up to eight words, in
 * the same sentence), else the nearest after it; null when no word says.
 */
export function tenseAt(text: string, sentence: Span, start: number, end: number): Tense {
  const before = text.slice(Math.max(sentence.start, start - 80), start);
  if (FUTURE_PHRASE.test(text.slice(Math.max(sentence.start, start - 200), start))) return 'future';
  const back = before.match(WORDS) ?? [];
  const ahead = (text.slice(end, Math.min(sentence.end, end + 120)).match(WORDS) ?? []).filter((w) => !/^[A-Z]/.test(w));
  for (let i = back.length - 1; i >= Math.max(0, back.length - 8); i--) {
    const cue = cueOf(back[i]!);
    // "until Thursday" sets a deadline ahead, unless the clause says it is over ("until Thursday, they had not").
    if (cue && /^(?:until|till)$/i.test(back[i]!) && ahead.slice(0, 4).some((w) => cueOf(w) === 'past')) return 'past';
    if (cue) return cue;
  }
  // After the expression, names ("the National Rights League plans") do not count as words.
  for (const w of ahead.slice(0, 8)) {
    const cue = cueOf(w);
    if (cue) return cue;
  }
  return null;
}
