// Times of day: clock times ("10:35 a.m.", "5 p.m. EST", "1330 GMT", "2137 Universal Time"), noon and midnight, and
// parts of the day ("this morning", "last night"). The day they fall on is left to resolution.
import type { DateSpec, Matcher, Parsed } from '../spec.ts';
import { alternation, before, rx } from '../patterns.ts';
import occurrence from '../../events/occurrence.json' with { type: 'json' };
import { parseAmount, podOf } from '../lookup.ts';
import { wordBefore } from '../context.ts';
import { CLOCK_WORDS } from '../lexicon.ts';

// "local time", "Beijing time", "Pacific time", "Eastern Standard Time", "EDT".
const ZONE_NAMES =
  'local|(?:Coordinated\\s+)?Universal|Pacific|Eastern|Central|Mountain|Atlantic|Alaska|Hawaii|Greenwich\\s+Mean|British\\s+Summer|Central\\s+European|Eastern\\s+European|' +
  'Western\\s+European|Beijing|China|Hong\\s+Kong|Tokyo|Japan|Seoul|Korea|Moscow|London|Paris|Berlin|Baghdad|Tehran|Jerusalem|Israel|Kyiv|Kiev|' +
  'Cairo|Riyadh|Doha|Dubai|Gulf|Arabia|Delhi|India|Indian|Pakistan|Karachi|Kabul|Bangkok|Jakarta|Manila|Singapore|Sydney|Beirut|Damascus|' +
  'Ankara|Istanbul|Nairobi|Lagos|Johannesburg|Caracas|Havana|Washington|New\\s+York|Mexico\\s+City';
/** A time zone: "EST", "GMT", "CET", "Beijing time" (one list, also for a time restated in brackets). */
export const ZONE = `[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|JST|IST|(?:${ZONE_NAMES})\\s+(?:(?:standard|daylight)\\s+)?time`;
const TZ = `(?<tz>${ZONE})(?![a-z])`;
/** The words before a bare part of the day that make it a time the passage reaches: "by evening", "until morning". */
const BY_UNTIL = /^(?:by|until|till)$/;
/** After it, what ends the phrase there: a mark, or a word that opens the clause ("by evening the crowd"), not a noun ("by morning post"). */
const PHRASE_ENDS =
  /^(?:\s*(?:[,.;:!?)"”—–]|$)|\s+(?:the|a|an|and|or|but|when|as|after|before|he|she|it|they|we|there|its|his|her|their|some|many|most|all)\b)/i;
/**
 * A future or a guess, in lower case ("On 3 May" is no modal): the modals and predictions of
 * occurrence.json. Before the part of the day in its sentence ("would rise by morning": which
 * morning is not told) or after it ("By morning, it will be over land").
 */
const AHEAD = `\\b(?:will|shall|['’]ll|${alternation([...occurrence.modal, ...occurrence.hypothetical, ...occurrence.predictions])})\\b`;
const AHEAD_BEFORE = new RegExp(`${AHEAD}[^.!?\\n]*$`);
const AHEAD_AFTER = new RegExp(`^[^.!?\\n]*${AHEAD}`);

/**
 * "By evening, roads were flooded", "worked until morning": a bare part of the day the passage
 * reaches, of the day it tells. Not "by night" ("by day …, by night …": at night), nor a time ahead.
 */
function reachedBy(text: string, m: RegExpExecArray, pod: string): boolean {
  const end = m.index + m[0].length;
  return (
    pod !== 'NI' &&
    BY_UNTIL.test(wordBefore(text, m.index)) &&
    PHRASE_ENDS.test(text.slice(end, end + 12)) &&
    !AHEAD_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index)) &&
    !AHEAD_AFTER.test(text.slice(end, end + 80))
  );
}
/** The words the modifier before a clock time can end with (a cheap test before MOD is tried). */
const MOD_LAST = /^(?:about|around|approximately|roughly|before|after)$/;
const MOD = before('(?<mod>about|around|approximately|roughly|shortly\\s+(?:before|after)|just\\s+(?:before|after))\\s+');
const HOUR_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
/** Words after which "10:30" is a time rather than a ratio or a verse. */
const CLOCK_CUES = new Set([
  'at',
  'from',
  'until',
  'till',
  'to',
  'by',
  'about',
  'around',
  'before',
  'after',
  'since',
  'approximately',
  'between',
  'and',
  'or',
  'noon',
  'shortly',
  'roughly',
]);

const time = (spec: DateSpec, mod: string | null): Parsed => ({ type: 'TIME', meaning: { kind: 'date', spec }, mod });
const modOf = (w: string | undefined): string | null =>
  w ? (/^(?:about|around|approximately|roughly)$/i.test(w) ? 'APPROX' : /before/i.test(w) ? 'BEFORE' : 'AFTER') : null;

/** 24-hour clock from a 12-hour reading and its a.m./p.m. marker. */
function hour24(h: number, ampm: string | undefined): number {
  if (!ampm || /o/i.test(ampm)) return h;
  const pm = /^p/i.test(ampm);
  if (h === 12) return pm ? 12 : 0;
  return pm ? h + 12 : h;
}

export const clockMatchers: Matcher[] = [
  {
    name: 'clockTime',
    atAnchor: true,
    startWords: ['#1', '#2'],
    anchors: ['digit'],
    before: MOD,
    after: MOD_LAST,
    pattern: rx(
      `(?<h>[01]?\\d|2[0-3])(?:[:.](?<mi>[0-5]\\d))?(?::(?<s>[0-5]\\d))?\\s*(?<ampm>[ap]\\.\\s?m\\.?(?![a-z])|[ap]\\s?m(?![a-z.])|[ap]m(?=\\.)|o['’]clock)(?:\\s+${TZ})?`,
    ),
    extract(m) {
      const g = m.groups!;
      const h = Number(g.h);
      if (h > 12 && !/o/i.test(g.ampm!)) return null;
      return time({ hour: hour24(h, g.ampm), minute: g.mi ? Number(g.mi) : 0, second: g.s ? Number(g.s) : undefined }, modOf(g.mod));
    },
  },
  {
    name: 'clock24',
    atAnchor: true,
    startWords: ['#1', '#2', '#4'],
    anchors: ['digit'],
    before: MOD,
    after: MOD_LAST,
    pattern: rx(
      `(?<h>[01]?\\d|2[0-3]):(?<mi>[0-5]\\d)(?::(?<s>[0-5]\\d))?(?![\\d:])(?:\\s+${TZ})?|(?<hm>[0-2]\\d[0-5]\\d)\\s*(?<tz2>GMT|UTC|hours|hrs|local\\s+time|(?:Coordinated\\s+)?Universal\\s+time)(?![a-z])`,
    ),
    extract(m, text) {
      const g = m.groups!;
      if (/[\d:.,]/.test(text[m.index - 1] ?? '')) return null;
      if (g.hm) {
        const h = Number(g.hm.slice(0, 2));
        return h > 24 ? null : time({ hour: h, minute: Number(g.hm.slice(2)) }, null);
      }
      if (!g.tz && !g.mod && !CLOCK_CUES.has(wordBefore(text, m.index))) return null;
      return time({ hour: Number(g.h), minute: Number(g.mi), second: g.s ? Number(g.s) : undefined }, modOf(g.mod));
    },
  },
  {
    name: 'hourInPartOfDay',
    anchors: ['pod'],
    before: MOD,
    after: MOD_LAST,
    pattern: rx(
      `(?<h>\\d{1,2}|${HOUR_WORD})(?::(?<mi>[0-5]\\d))?(?:\\s+o['’]clock)?\\s+(?:in\\s+the\\s+(?<pod>morning|afternoon|evening)|at\\s+night)(?![a-z])`,
    ),
    extract(m) {
      const g = m.groups!;
      const h = parseAmount(g.h!);
      if (typeof h !== 'number' || h < 1 || h > 12) return null;
      const pm = g.pod ? !/morning/i.test(g.pod) : h < 5 ? false : true;
      return time({ hour: hour24(h, pm ? 'pm' : 'am'), minute: g.mi ? Number(g.mi) : 0 }, modOf(g.mod));
    },
  },
  {
    name: 'clockWord',
    atAnchor: true,
    startWords: ['noon', 'midday', 'mid', 'midnight'],
    anchors: ['pod'],
    before: MOD,
    after: MOD_LAST,
    pattern: rx(`(?<w>noon|mid-?\\s?day|midnight)(?![a-z])`),
    extract(m, text) {
      if (wordBefore(text, m.index) === 'high') return null; // "high noon", an idiom
      // "mid-day", "mid day": midday.
      const [hour, minute] = CLOCK_WORDS[m.groups!.w!.toLowerCase().replace(/^mid[\s-]+/, 'mid')]!;
      return time({ hour, minute }, modOf(m.groups!.mod));
    },
  },
  {
    name: 'partOfDay',
    atAnchor: true,
    startWords: ['morning', 'afternoon', 'evening', 'night', 'mid'],
    anchors: ['pod'],
    pattern: rx(`(?<pod>morning|afternoon|evening|night|mid-?\\s?afternoon|mid-?\\s?morning)(?![a-z-])`),
    before: before(`(?<det>this|last|early\\s+this|late\\s+this|late\\s+last|early|late)\\s+`),
    after: /^(?:this|last|early|late)$/,
    extract(m, text) {
      const g = m.groups!;
      const det = (g.det ?? '').toLowerCase().replace(/^(?:early|late)\s*/, '');
      const pod = podOf(g.pod!.replace(/\s+/, ' '));
      if (!pod) return null;
      const start = m.index + (g.det ? 0 : m[0].length - g.pod!.length);
      // "By evening, the count had begun": a part of the day a passage reaches, of the day it tells.
      if (!g.det && !/^mid/i.test(g.pod!)) return reachedBy(text, m, pod) ? time({ anaphor: 'day', pod, toldDay: true }, null) : null;
      if (det === '' && !/^mid/i.test(g.pod!) && !/^(?:early|late)/i.test(g.det ?? '')) return null;
      if (det === 'last') return time({ shift: { unit: 'day', n: pod === 'NI' || pod === 'EV' ? -1 : 0 }, base: 'dct', pod }, null);
      if (det === 'this') return time({ shift: { unit: 'day', n: 0 }, base: 'dct', pod }, null);
      return { ...time({ anaphor: 'day', pod }, null), start };
    },
  },
  {
    // "the morning of April 15": the part of a day named next (joined to it by the mergers).
    name: 'partOfDayOf',
    atAnchor: true,
    startWords: ['morning', 'afternoon', 'evening', 'night'],
    anchors: ['pod'],
    pattern: rx(`(?<pod>morning|afternoon|evening|night)(?=\\s+of\\s+(?:[A-Z]|\\d))`),
    before: before(`(?<the>the)\\s+`),
    after: /^the$/,
    extract(m, text) {
      // A date must follow ("the morning of April 15"), not an event ("the morning of the attack");
      // rx() patterns ignore case, so the capital is tested here.
      if (!/^\s+of\s+(?:[A-Z]|\d)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) return null;
      const pod = m.groups!.the ? podOf(m.groups!.pod!) : undefined;
      return pod ? time({ anaphor: 'day', pod }, null) : null;
    },
  },
  {
    // "at dawn", "by nightfall", "overnight": parts of the day named by the light.
    name: 'lightOfDay',
    atAnchor: true,
    startWords: ['dawn', 'dusk', 'daybreak', 'sunrise', 'sunset', 'nightfall', 'overnight'],
    anchors: ['pod'],
    pattern: rx(`(?<w>dawn|dusk|daybreak|sunrise|sunset|nightfall|overnight)(?![a-z-])`),
    extract(m, text) {
      const w = m.groups!.w!.toLowerCase();
      // "at dawn", "before sunrise", "overnight" alone; "the dawn of a new era" is no time of day.
      if (
        w !== 'overnight' &&
        !/^(?:at|by|before|after|until|till|from|since|toward|towards|around|near|about)$/.test(wordBefore(text, m.index))
      )
        return null;
      if (
        w === 'overnight' &&
        /^\s+[a-z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2)) &&
        !/^\s+(?:on|in|to|and|or|as|at|from|into|with|before|after)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10))
      )
        return null; // "an overnight stay"
      return time({ anaphor: 'day', pod: podOf(w)! }, null);
    },
  },
];
