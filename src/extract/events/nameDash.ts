// A dash between two capitalized words joins the parts of one name ("U.S. Division – Center",
// "Wilkes – Barre"), where it elsewhere sets off a clause ("said Tuesday – the talks …"). The word
// after it must be a name's word, not one that opens a sentence ("– The", "– It", "– But"); the
// word before it no day or month ("on Tuesday – Hamas rejected it" is two clauses).
import lists from '../actors/names.json' with { type: 'json' };

const CALENDAR = new Set(lists.calendar.split(' '));
const OPENING = new Set(
  'The A An It Its He She They We I You This That These Those There Here But And Or So Yet If When While As In On At For'.split(' '),
);
const BEFORE = /(?:^|[\s(])(\p{Lu}[\p{L}\p{M}.'’-]*)$/u;
const AFTER = /^(\p{Lu}[\p{L}\p{M}'’-]*)(?![\p{L}\p{N}])/u;

/** The dash between `before` (text up to it) and `after` (text from the word after it) stands inside a name. */
export function dashInName(before: string, after: string): boolean {
  const last = BEFORE.exec(before);
  const next = AFTER.exec(after);
  return last !== null && !CALENDAR.has(last[1]!) && next !== null && !OPENING.has(next[1]!);
}
