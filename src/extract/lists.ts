// List helpers for the per-document and corpus stages. Node 20's Array.prototype.flatMap takes a
// generic path for every element it reads and writes (about 15 times a plain loop), which over
// every token, name and event of a corpus adds up to tenths of a CPU-second: these do the same
// with loops.
//
// Array.prototype.map hands back a packed array while the function calling it is interpreted, and
// a holey one (another hidden class) once V8 has optimized that function: every function that was
// optimized on the lists it made before is thrown away and compiled again, a function as large as
// a stage's several times. `mapOf` makes the list one way, whoever calls it.

/** The words of a space-separated word list as the alternatives of a pattern: "a b c" → "a|b|c". */
export const alternatives = (words: string): string => words.split(' ').join('|');

/** The same list as `items.flatMap(f)` (for an `f` that returns a list). */
export function flatMapOf<T, U>(items: readonly T[], f: (item: T, index: number) => readonly U[]): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) {
    const part = f(items[i]!, i);
    for (let k = 0; k < part.length; k++) out.push(part[k]!);
  }
  return out;
}

/** The same list as `items.map(f)`, always made one way (packed), whether the caller is optimized or not. */
export function mapOf<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(items[i]!, i));
  return out;
}
