// What one record of the dataset may carry, so that no input, however large or odd, gives the app
// a record it cannot show at once: a 10 MB one-line document would otherwise be a 10 MB title,
// and one phrase repeated a hundred thousand times one event with as many passages.

/** Passages kept per event; the others are counted in `evidenceOmitted`, never silently dropped. */
export const MAX_EVIDENCE = 1000;
/** Characters in a document or event title. */
export const MAX_TITLE = 300;
/** Characters in an actor's name or alias. */
export const MAX_NAME = 120;

/** `text` cut to at most `max` characters, at a word break when one is near, marked with "…". */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  // Never split a surrogate pair (an emoji, a rare ideograph).
  if (/[\uD800-\uDBFF]/.test(text[end - 1]!)) end--;
  const space = text.lastIndexOf(' ', end);
  if (space > end - 30 && space > 0) end = space;
  return `${text.slice(0, end).trimEnd()}…`;
}
