// Actors the gazetteer does not know, found by the shape of the text: a person named after a
// role ("UN envoy Tor Wennesland", "President Joe Biden"), and an organization named by a
// capitalized phrase ending in an institution word ("Egyptian Foreign Ministry").
import type { ActorKind } from '../../model/dataset.ts';
import type { Span } from '../context.ts';
import lists from './names.json' with { type: 'json' };
import { CALENDAR, FUNCTION_WORDS } from './words.ts';

export interface Detected extends Span {
  name: string;
  kind: ActorKind;
  /** The title or role that named a person ("Foreign Minister", "envoy"). */
  title?: string | null;
  /** Where the role or institution phrase starts: a country or organization named right before it is the parent. */
  roleStart: number;
  /** Only a guess said whether it is a person or a body (kinds.ts): the corpus may overrule it. */
  guessed?: boolean;
}

const NAME_WORD = String.raw`\p{Lu}(?:\p{Ll}|\p{M})+(?:[-’']\p{Lu}(?:\p{Ll}|\p{M})+)?`;
const PARTICLE = String.raw`(?:al|bin|ibn|abu|van|von|de|del|der|da|di|el|le|la)[- ]`;
const NAME = String.raw`(?:${NAME_WORD}|\p{Lu}\.)(?:[ \t]+(?:${PARTICLE})?(?:${NAME_WORD}|\p{Lu}\.)){0,3}`;
/** Titles written with a capital, which may stand before a surname alone ("President Biden"). */
const TITLE_HEAD = String.raw`(?:President|Minister|Secretary(?:[ \t]+of[ \t]+State|[ \t]+of[ \t]+Defense|[ \t]+General)?|Advis[eo]r|Ambassador|Envoy|Spokes(?:man|woman|person)|General|Senator|Representative|Governor|Mayor|King|Queen|Prince|Sheikh|Emir|Chancellor|Director|Chairman|Chairwoman|Commander|Judge|(?<=Chief[ \t]+)Justice|Rabbi|Imam|Pope|Professor|First[ \t]+Lady|Colonel|Lieutenant|Captain|Admiral|Gen\.|Sen\.|Rep\.|Gov\.|Lt\.|Col\.|Capt\.|Adm\.|Dr\.|Prof\.)`;
const TITLE = String.raw`(?:(?:Vice|Deputy|Prime|Foreign|Defen[cs]e|Finance|Interior|Health|Security|Chief|Senior|Special|Supreme|Crown)[ \t]+)*${TITLE_HEAD}`;
/** Roles written in lower case, trusted only before a full name of two words or more. */
const ROLE = String.raw`(?:envoy|ambassador|spokes(?:man|woman|person)|minister|advis[eo]r|official|analyst|correspondent|reporter|journalist|negotiator|mediator|commander|leader|director|chief|founder|researcher|expert|economist|professor|first[ \t]+lady)`;
export const PERSON = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(?<title>${TITLE})|(?<role>${ROLE}))[ \t]+(?<name>${NAME})`, 'gu');
/**
 * What every match of PERSON holds: a title's last word or a role before a space and a capital. A
 * sentence without it (most) is not searched with PERSON's look-behind at each of its characters.
 */
export const TITLE_BEFORE_CAPITAL = new RegExp(String.raw`(?:${TITLE_HEAD}|${ROLE})[ \t]+\p{Lu}`, 'u');

/** The last word of an organization's name found by its shape alone (names.json): "Ministry", "Council", "Army". */
const INSTITUTION = lists.institutionsByShape.split(' ').join('|');
const CAP_WORD = String.raw`\p{Lu}[\p{L}\p{M}’'-]*`;
const ORG = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${CAP_WORD}[ \t]+){0,3}(?:${CAP_WORD}[ \t]+(?:of|for|&)[ \t]+)?(?:${CAP_WORD}[ \t]+){1,3}(?:${INSTITUTION})(?:[ \t]+of(?:[ \t]+the)?(?:[ \t]+${CAP_WORD}){1,3})?(?![\p{L}\p{N}])`,
  'gu',
);
/** What every match of ORG holds: a sentence without it is not searched (most are not). */
const HAS_INSTITUTION = new RegExp(String.raw`[ \t](?:${INSTITUTION})(?![\p{L}\p{N}])`, 'u');
/** Words that may open a capitalized phrase without belonging to the name: articles, a possessor ("Cuba's"), a sentence's first verb, a headline in capitals. */
const ORG_LEAD = /^(?:(?:The|A|An|In|On|At|For|From|By|And|But|\p{Lu}[\p{L}\p{M}-]*['’]s?|\p{Lu}\p{Ll}+(?:ed|ing)|\p{Lu}{4,})[ \t]+)+/u;
/** Words that never open an organization's name: dates and function words ("All", "Every"). */
const NOT_ORG_FIRST = new Set([...CALENDAR, ...FUNCTION_WORDS]);
/** Capitalized phrases ending in an institution word that name places. */
const PLACES = new Set(['West Bank']);

/** Capitalized words that name times: never the last word of a name ("President Clinton Saturday"). */
const NOT_LAST = new Set([...CALENDAR, 'Today', 'Yesterday', 'Tomorrow']);
/** Words that open sentences, name times or are titles: never the first word of a name. */
const NOT_FIRST = new Set([
  ...NOT_LAST,
  ...(
    'The A An This That These Those In On At For From With By Of And But Or If When While After Before During Since Until ' +
    'President Minister Secretary General Gen Lt Col Colonel Sen Senator Rep Gov Governor Dr Mr Mrs Ms Prof Capt Captain ' +
    'Adm Admiral Sgt Maj Major Cmdr Cdr Cpl Pvt Brig Spc Sir Lord Lady Prince Princess King Queen Sheikh Emir Judge Justice Chancellor Mayor'
  ).split(' '),
]);
/** Last words that make a capitalized phrase a company or institution, not a person. */
const NOT_PERSON_TAIL = new Set(`Corp Inc Co Ltd LLC PLC Group Bank Agency Ministry Council Party Times Post News Press`.split(' '));

function trimName(name: string): string {
  // A trailing initial or a name that runs into the next sentence is cut back.
  return name.replace(/(?:[ \t]+\p{Lu}\.)+$/u, '');
}

export function detectActors(text: string, from: number, to: number): Detected[] {
  const slice = text.slice(from, to);
  const out: Detected[] = [];
  PERSON.lastIndex = 0;
  for (let m = TITLE_BEFORE_CAPITAL.test(slice) ? PERSON.exec(slice) : null; m; m = PERSON.exec(slice)) {
    const words = trimName(m.groups!.name!).split(/[ \t]+/);
    while (words.length && NOT_FIRST.has(words[0]!.replace(/\.$/, ''))) words.shift();
    while (words.length && NOT_LAST.has(words.at(-1)!)) words.pop();
    // "General" before one word is more often a company ("General Mills") than a rank.
    const minWords = m.groups!.title && m.groups!.title !== 'General' ? 1 : 2;
    if (words.length < minWords || NOT_PERSON_TAIL.has(words.at(-1)!.replace(/\.$/, ''))) continue;
    // A lone word must look like a surname, not an abbreviation ("Gen.") or a stray capital.
    if (words.length === 1 && (words[0]!.length < 3 || words[0]!.endsWith('.'))) continue;
    const name = words.join(' ');
    const start = from + m.index + m[0].lastIndexOf(name);
    out.push({
      start,
      end: start + name.length,
      name,
      kind: 'person',
      title: m.groups!.title ?? m.groups!.role ?? null,
      roleStart: from + m.index,
    });
  }
  ORG.lastIndex = 0;
  for (let m = HAS_INSTITUTION.test(slice) ? ORG.exec(slice) : null; m; m = ORG.exec(slice)) {
    let name = m[0].replace(/['’]s$/, '');
    let offset = m.index;
    const lead = ORG_LEAD.exec(name);
    if (lead) {
      const cut = lead[0].length + (/^(?:and|of|for|&)[ \t]+/.exec(name.slice(lead[0].length))?.[0].length ?? 0);
      name = name.slice(cut);
      offset += cut;
    }
    // A date or a word such as "All" glued before the name is no part of it: "the January National
    // Assembly elections", "July of United Nations Security Council", "All Defense Department staff";
    // after "the", a function word opens the name ("the All India Congress Committee").
    for (
      let word = /^(\S+)[ \t]+(?:(?:of|for)[ \t]+)?/.exec(name);
      word && NOT_ORG_FIRST.has(word[1]!) && (CALENDAR.has(word[1]!) || !/\bthe[ \t]+$/i.test(slice.slice(0, offset)));
      word = /^(\S+)[ \t]+(?:(?:of|for)[ \t]+)?/.exec(name)
    ) {
      name = name.slice(word[0].length);
      offset += word[0].length;
    }
    if (!/[ \t]/.test(name) || [...PLACES].some((place) => name.endsWith(place))) continue;
    out.push({ start: from + offset, end: from + offset + name.length, name, kind: 'organization', roleStart: from + m.index });
  }
  return out;
}
