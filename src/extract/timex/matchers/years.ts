// Years, decades and centuries: "2017", "'98", "the 1990s", "the mid-'80s", "the 20th century",
// "nineteen ninety-six". A bare number is a year only where its neighbours say so.
import type { Matcher } from '../spec.ts';
import { ORDINAL, YEAR, before, rx } from '../patterns.ts';
import { ordinalNumber } from '../lookup.ts';
import { parseWordYear } from '../numbers.ts';
import { pointMod } from '../mods.ts';
import { rawWordAfter, wordBefore } from '../context.ts';

/** Words after which a four-digit number is read as a year. */
const YEAR_CUES = new Set([
  'in',
  'since',
  'of',
  'by',
  'until',
  'till',
  'to',
  'from',
  'through',
  'during',
  'before',
  'after',
  'between',
  'and',
  'or',
  'early',
  'late',
  'mid',
  'mid-',
  'the',
  'around',
  'circa',
  'year',
  'fiscal',
  'spring',
  'summer',
  'fall',
  'autumn',
  'winter',
  'for',
  'as',
  'than',
  'on',
  'at',
  'into',
  'throughout',
  'about',
  'ca',
  'c',
  'its',
  'their',
  'his',
  'her',
  'our',
  'your',
  'this',
  'that',
  'is',
  'was',
  'in-',
  '(',
  ',',
  'post-',
  'pre-',
]);
/** Words of time before "476 AD" ("in", "since", "the year"). */
const ERA_CUES = new Set([
  'in',
  'since',
  'by',
  'until',
  'till',
  'from',
  'to',
  'through',
  'around',
  'circa',
  'c',
  'ca',
  'year',
  'before',
  'after',
  'during',
  'of',
]);
/** Words before a number that make it an identifier or an amount, not a year. */
const NOT_YEAR_BEFORE = new Set([
  '$',
  '#',
  'no',
  'no.',
  'number',
  'nos',
  'flight',
  'route',
  'room',
  'model',
  'page',
  'p',
  'pp',
  'highway',
  'interstate',
  'resolution',
  'section',
  'article',
  'chapter',
  'verse',
  'rule',
  'form',
  'boeing',
  'airbus',
  'channel',
  'bus',
  'train',
  'apartment',
  'suite',
  'box',
  'code',
  'version',
  'windows',
  'office',
  'level',
  'exactly',
  'over',
  'under',
  'nearly',
  'almost',
  'some',
  'only',
  'least',
  'total',
  'than',
  'approximately',
]);
/** "until at least 2026", "since at least 1998": a bound on a year, not an amount. */
const BOUND_BEFORE = /\b(?:until|till|through|since|by|before|after|from|to)\s+at\s+least\s+$/i;
/** Cues that also stand before amounts ("about 1900 people", "at 2000 feet"). */
const WEAK_CUES = new Set([
  'about',
  'around',
  'circa',
  'ca',
  'c',
  'at',
  'to',
  'for',
  'as',
  'than',
  'is',
  'was',
  'on',
  'into',
  'and',
  'or',
  'least',
]);
/** Words after a number that make it an amount: "2000 troops", "1500 metres". */
const AMOUNT_AFTER =
  /^(?:[a-z]+s|people|percent|per|staff|police|personnel|km|kg|mph|feet|foot|metres|meters|miles|tons?|pounds|yen|dollars|yuan|euros?|cents?|hours?|acres|men|women|children|troops|cattle|head|times|barrels|pence|million|billion)$/;
const NOT_AMOUNT = new Set([
  'was',
  'is',
  'has',
  'as',
  'this',
  'its',
  'his',
  'saw',
  'levels',
  'results',
  'earnings',
  'sales',
  'figures',
  'levels',
  'elections',
  'games',
  'olympics',
]);

const WORDS_1_99 =
  '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?|oh[-\\s](?:one|two|three|four|five|six|seven|eight|nine))';

/** "'98": an apostrophe right before index, itself not inside a word ("it's 98" is no year). */
const apostropheBefore = (text: string, i: number): boolean => /['’]/.test(text[i - 1] ?? '') && !/[\w'’]/.test(text[i - 2] ?? '');

export const yearMatchers: Matcher[] = [
  {
    name: 'year',
    atAnchor: true,
    startWords: ['#4'],
    anchors: ['digit'],
    // "1000s" is a plural (a decade, or a round number), never the year 1000.
    pattern: rx(`(?<year>${YEAR})(?!\\s*(?:%|percent|per\\s+cent|[.,:]\\d|-[a-z])|s(?![a-z\\d]))`),
    extract(m, text) {
      const year = Number(m.groups!.year);
      if (/[$#£€.,\d]/.test(text[m.index - 1] ?? '')) return null;
      // "1:33 p.m. (2033 in Cairo)": a clock time given again as the 24-hour time of another place.
      if (text[m.index - 1] === '(' && /\d:\d\d\s*(?:[ap]\.?m\.?)?\s*$/i.test(text.slice(Math.max(0, m.index - 16), m.index - 1)))
        return null;
      const before = wordBefore(text, m.index);
      const bound = before === 'least' && BOUND_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index));
      // "## 2019": a Markdown heading that is a year dates the section under it.
      const heading = /^#{1,6}$/.test(before) && /(?:^|\n)#{1,6}[ \t]+$/.test(text.slice(Math.max(0, m.index - 12), m.index));
      if (heading) return { type: 'DATE', meaning: { kind: 'date', spec: { year } } };
      if (NOT_YEAR_BEFORE.has(before) && !bound) return null;
      const cued = bound || YEAR_CUES.has(before) || before.endsWith("'s") || before.endsWith('’s');
      if (year < 1500 && !cued) return null;
      const after = rawWordAfter(text, m.index + 4);
      // "About 1900 people", "at 2000 feet", "closed at 2019 points": after a word that does not
      // say time, a plural noun or a unit makes the number an amount ("in 1990 voters" stays a year).
      if ((!cued || WEAK_CUES.has(before)) && AMOUNT_AFTER.test(after) && !NOT_AMOUNT.has(after)) return null;
      // "between 2000 and 3000 people", "from 1500 to 2000 soldiers": the second number's noun counts for both.
      const range = /^\s*(?:and|to|or|-|–)\s*\d{3,}(?:,\d{3})*\s+([a-z]+)/i.exec(text.slice(m.index + 4, m.index + 40));
      if (range && AMOUNT_AFTER.test(range[1]!.toLowerCase()) && !NOT_AMOUNT.has(range[1]!.toLowerCase())) return null;
      if (/^\d/.test(after) && !cued) return null; // "1990 1991 1992" tables, phone numbers
      return { type: 'DATE', meaning: { kind: 'date', spec: { year } } };
    },
  },
  {
    name: 'shortYear',
    atAnchor: true,
    startWords: ['#2'],
    anchors: ['digit'],
    pattern: rx(`(?<yy>\\d\\d)(?![\\d'’a-z])`),
    extract(m, text) {
      if (!apostropheBefore(text, m.index)) return null;
      const before = wordBefore(text, m.index - 1);
      if (
        ![
          'in',
          'since',
          'of',
          'by',
          'until',
          'from',
          'to',
          'fiscal',
          'class',
          'summer',
          'spring',
          'fall',
          'winter',
          'early',
          'late',
          'mid',
        ].includes(before)
      )
        return null;
      const yy = Number(m.groups!.yy);
      return { type: 'DATE', meaning: { kind: 'date', spec: { year: yy < 30 ? 2000 + yy : 1900 + yy } }, start: m.index - 1 };
    },
  },
  {
    name: 'decade',
    atAnchor: true,
    startWords: ['#1', '#2', '#4', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'],
    anchors: ['digit', 'decadeword'],
    pattern: rx(
      `(?:(?<dec>1\\d{2}|20\\d)0['’]?s|(?<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|(?<d2>\\d)0['’]?s)(?![a-z\\d])`,
    ),
    before: before(`(?:the\\s+)?(?:(?<mod>early|mid|late|middle)[-\\s]+)?(?<apos>['’])?`),
    extract(m, text) {
      const g = m.groups!;
      // "'90s" needs its apostrophe ("in her 20s" is an age); "the '90s" brought it with "the".
      if (g.d2 && !g.apos && !apostropheBefore(text, m.index)) return null;
      const start = g.d2 && !g.apos ? m.index - 1 : m.index;
      if (g.dw && !/^the\s/i.test(m[0])) return null; // "in her sixties" is an age
      const words = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
      const d = g.dec
        ? Number(g.dec)
        : g.d2
          ? Number(g.d2) >= 3
            ? 190 + Number(g.d2)
            : 200 + Number(g.d2)
          : 192 + words.indexOf(g.dw!.toLowerCase());
      // Without "the" or a modifier, "1000s of lies" and "100s have died" are round numbers, not
      // times: so is any plural before "of" ("1990s of" names no decade either).
      const bare = !/^the\s/i.test(m[0]) && !g.mod && !g.apos;
      if (g.dec && bare && (d < 150 || /^\s+of\s/i.test(text.slice(m.index + m[0].length)))) return null;
      // "the 1800s", "the early 1700s" name centuries; "the 2000s" is still read as a decade.
      if (g.dec && d % 10 === 0 && d < 200)
        return { type: 'DATE', meaning: { kind: 'date', spec: { century: d / 10 } }, mod: pointMod(g.mod), start };
      return { type: 'DATE', meaning: { kind: 'date', spec: { decade: d } }, mod: pointMod(g.mod), start };
    },
  },
  {
    name: 'century',
    atAnchor: true,
    startWords: ['century'],
    anchors: ['unit'],
    pattern: rx(`century(?![a-z])`),
    before: before(`(?:the\\s+)?(?:(?<mod>early|mid|late)[-\\s]+)?(?<ord>${ORDINAL}|(?:twenty|nineteen)[-\\s]?first)[-\\s]+`),
    after: /^(?:\d+(?:st|nd|rd|th)|[a-z]+(?:st|nd|rd|th)|first|second|third|last|final)$/,
    extract(m) {
      if (!m.groups!.ord) return null;
      const n = ordinalNumber(m.groups!.ord!.replace(/\s+/, '-'));
      if (n === undefined || n < 1 || n > 30) return null;
      return { type: 'DATE', meaning: { kind: 'date', spec: { century: n - 1 } }, mod: pointMod(m.groups!.mod) };
    },
  },
  {
    // "753 BC", "2500 B.C.E.", "476 AD", "AD 476", "the year 70 CE": years with their era.
    name: 'eraYear',
    atAnchor: true,
    startWords: ['#1', '#2', '#3', '#4'],
    anchors: ['digit'],
    pattern: rx(
      `(?<y>\\d{1,4}(?:,\\d{3})?)\\s*(?<era>B\\.C\\.(?:E\\.)?|BCE?|A\\.D\\.|AD|C\\.E\\.|CE)(?![A-Za-z0-9])|(?<=(?:^|[^A-Za-z.])(?<ad>A\\.D\\.|AD)\\s{0,2})(?<y2>\\d{1,4})(?![\\d,.]\\d|\\d)`,
    ),
    extract(m, text) {
      const g = m.groups!;
      if (/[\d$#£€.,]/.test(text[m.index - 1] ?? '') && !g.ad) return null;
      const era = g.era ?? g.ad!;
      if (era !== era.toUpperCase()) return null; // "ad", "ce" are words
      const year = Number((g.y ?? g.y2)!.replace(',', ''));
      if (year < 1) return null;
      const bc = /^B/.test(era);
      // "476 AD" needs a word of time before it ("in 476 AD"); "30 AD units" is a count.
      if (!bc && !g.ad && !ERA_CUES.has(wordBefore(text, m.index))) return null;
      const start = g.ad ? text.lastIndexOf(g.ad, m.index) : undefined;
      return { type: 'DATE', meaning: { kind: 'date', spec: { year, era: bc ? 'BC' : undefined } }, start };
    },
  },
  {
    name: 'wordYear',
    anchors: ['numword'],
    pattern: rx(
      `(?<the>the\\s+year\\s+)?(?<w>(?:seventeen|eighteen|nineteen|twenty)[-\\s]+${WORDS_1_99}|two\\s+thousand(?:(?:\\s+and)?[-\\s]+${WORDS_1_99}|(?:\\s+and)?[-\\s]+(?:one|two|three|four|five|six|seven|eight|nine))?)(?![a-z-])`,
    ),
    extract(m, text) {
      const g = m.groups!;
      const year = parseWordYear(g.w!);
      if (year === undefined) return null;
      if (/^two\s+thousand/i.test(g.w!) && !g.the && !YEAR_CUES.has(wordBefore(text, m.index))) return null;
      if (/^twenty/i.test(g.w!) && !g.the && !YEAR_CUES.has(wordBefore(text, m.index))) return null;
      return { type: 'DATE', meaning: { kind: 'date', spec: { year } } };
    },
  },
];
