// One name romanised several ways: "Muammar Gaddafi", "Moammar Gadhafi", "Muammar Qaddafi";
// "Dmitry Medvedev" and "Dmitri Medvedev"; "Moussa Koussa" and "Musa Kusa". Arabic and Russian
// names reach English news through several transcriptions that differ in the vowels (o/u, a/e,
// e/i, a final y), in the letter for one sound (q, k, g, gh; dh and d; kh and k; ou and u) and in
// doubled letters. `spellingKey` is the same for all of them (consonants in order, each run of
// vowels one slot); `sameSpelling` then checks letter by letter, so that "Hamid" and "Hamad",
// "Mahmoud" and "Mohammed", "Gamal" and "Kamal" stay apart (a q may be read g or k, but a g is
// no k).

/** The Arabic article joined to a word of a name: "al-Assad", "El-Baradei". */
const ARTICLE = /^(?:al|el)[-‑](?=\p{L})/iu;

/** A word of a name without the Arabic article: "Bashar al-Assad" is named again as "Assad", "al-Khatib" as "Khatib". */
export const withoutArticle = (word: string): string => word.replace(ARTICLE, '');

/** Letters written for one sound by different transcriptions, in the order they are replaced. */
const SOUNDS: [RegExp, string][] = [
  [/gh/g, 'g'],
  [/kh/g, 'k'],
  [/dh/g, 'd'],
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/ou/g, 'u'],
  [/oo/g, 'u'],
  [/ee/g, 'i'],
  [/iy$/g, 'i'],
  [/y(?![aeiou])/g, 'i'], // a y not before a vowel is one: "Dmitry", "Sergey"
  [/(.)\1+/g, '$1'],
];
const VOWELS = /[aeiouy]+/g;
/** Vowels that transcriptions of one name put in one place. */
const NEAR = new Set(['ae', 'ea', 'ei', 'ie', 'ou', 'uo', 'iy', 'yi', 'ey', 'ye']);

/** A sounded word cut into runs of vowels and of consonants. */
const parts = (sounded: string) => sounded.match(/[aeiouy]+|[^aeiouy]+/g) ?? [];

/** The word as transcriptions agree on it: lower case, no marks, one letter per sound. */
function sounds(word: string): string {
  let w = withoutArticle(word)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  for (const [from, to] of SOUNDS) w = w.replace(from, to);
  return w;
}

const skeleton = (sounded: string) => sounded.replace(VOWELS, '*').replace(/[gq]/g, 'k');

/** The same for every spelling of one romanised word: "Gaddafi", "Gadhafi", "Qaddafi" → "k*d*f*". */
export function spellingKey(word: string): string {
  return skeleton(sounds(word));
}

/** Two spellings of one word: the same key, and at each place vowels one transcription may give for the other. */
export function sameSpelling(a: string, b: string): boolean {
  if (a === b) return true;
  const [x, y] = [sounds(a), sounds(b)];
  if (x === y) return true;
  if (skeleton(x) !== skeleton(y)) return false;
  const [px, py] = [parts(x), parts(y)];
  return px.every((part, i) => {
    const other = py[i]!;
    if (part.length !== other.length) return false;
    return [...part].every((c, j) => c === other[j] || c === 'q' || other[j] === 'q' || NEAR.has(c + other[j]!));
  });
}
