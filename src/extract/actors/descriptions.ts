// "The company", "the president": a definite description refers back to the nearest actor of its
// kind mentioned just before it, and only when that is clear: the actor must be named within the
// last two sentences (a person further back when the document gave that title to no one else), a
// person must have been given that title or role, and a description whose
// nearest candidates are two different actors in the same sentence is left alone. Words before an
// organization's description ("the Cupertino-based firm", "the software company") say what we
// cannot check: such a description is resolved only when one organization is named there.
import type { ActorKind, ActorMention } from '../../model/dataset.ts';
import type { Sentence } from '../context.ts';
import lists from './names.json' with { type: 'json' };
import words from './descriptions.json' with { type: 'json' };
import { changed } from '../objects.ts';

const DESCRIPTIONS = lists.descriptions as Record<'organization' | 'country' | 'person' | 'product', string[]>;
const ALL = Object.values(DESCRIPTIONS)
  .flat()
  .sort((a, b) => b.length - a.length);
/** Each word in lower case or capitalized: "the president", "the Secretary General". */
const word = (w: string) => (/^\p{Ll}/u.test(w) ? `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}` : w);
/** Before an organization's description: "the Cupertino-based firm", "the software company", "the Japanese maker". */
const MODIFIER = String.raw`(?:[\p{L}.]+-based|(?:${words.industries.split(' ').join('|')})|\p{Lu}\p{Ll}+(?:an|ese|ish|i))\s+`;
/** "To elect the president", "when the pope is chosen": the holder of an office to come. */
const CHOOSING = new RegExp(String.raw`\b(?:${words.choosing.split(' ').join('|')})\b`, 'i');
const PLACES: ReadonlySet<ActorKind> = new Set(['place', 'country']);
/** The only countries a description word may refer back to, by id: "the kingdom", a kingdom. */
const COUNTRIES_OF: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(words.countriesOf).map(([word, ids]) => [word, new Set(ids.split(' '))]),
);
/** A country before a person's title: "the U.S. secretary", "the British ambassador". */
const COUNTRY_WORD = String.raw`((?:\p{Lu}\.){2,}\s+|\p{Lu}\p{Ll}+(?:an|ese|ish|i)\s+)(?=(?:${DESCRIPTIONS.person
  .map((d) =>
    d
      .split(' ')
      .map(word)
      .join(String.raw`\s+`),
  )
  .join('|')})(?![\p{L}\p{N}-]))`;
/** Before a person's title: an age, a birthplace or a word of their standing ("the 84-year-old pope", "the Polish-born pontiff", "the embattled president"). */
const PERSON_MODIFIER = String.raw`(?:(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old|\p{Lu}\p{Ll}+-born|${words.personModifiers.split(' ').join('|')})\s+(?=(?:${DESCRIPTIONS.person.join('|')})(?![\p{L}\p{N}-]))`;
const PATTERN = new RegExp(
  String.raw`\b[Tt]he\s+(?:(${MODIFIER}(?:${MODIFIER})?)(?=${DESCRIPTIONS.organization.join('|')})|${COUNTRY_WORD}|${PERSON_MODIFIER})?(${ALL.map(
    (d) =>
      d
        .split(' ')
        .map(word)
        .join(String.raw`\s+`),
  ).join('|')})(?![\p{L}\p{N}-])`,
  'gu',
);
const KIND_OF = new Map(Object.entries(DESCRIPTIONS).flatMap(([kind, words]) => words.map((w) => [w.toLowerCase(), kind])));
const COMPATIBLE: Record<string, readonly ActorKind[]> = {
  organization: ['organization', 'media', 'group'],
  country: ['country'],
  person: ['person'],
  product: ['product'], // "the device" after "the Nimbus 2"
};

export interface ActorFacts {
  kind: ActorKind;
  /** Titles and roles the document gives a person, in lower case ("president", "ceo"). */
  roles: ReadonlySet<string>;
  /** The country or organization the actor belongs to, when known. */
  parentId?: string | null;
}

export function findDescriptions(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly ActorMention[],
  facts: (actorId: string) => ActorFacts | undefined,
  demonyms: readonly ActorMention[] = [],
): ActorMention[] {
  const out: ActorMention[] = [];
  const titled = new TitledSoFar(mentions, facts);
  const countries = countryMentions(text, mentions, demonyms, facts);
  let s = 0;
  let m = 0;
  PATTERN.lastIndex = 0;
  for (let d = PATTERN.exec(text); d; d = PATTERN.exec(text)) {
    const head = d[3]!;
    const start = d.index + d[0].length - head.length;
    while (s < sentences.length - 1 && sentences[s]!.end <= d.index) s++;
    while (m < mentions.length && mentions[m]!.start < d.index) m++;
    const end = d.index + d[0].length;
    // A place may stand in the words before the head ("the Cupertino-based firm"); any other mention makes it no description.
    let k = m;
    while (k < mentions.length && mentions[k]!.end <= start && PLACES.has(facts(mentions[k]!.actorId)?.kind as ActorKind)) k++;
    if ((mentions[k] && mentions[k]!.start < end) || (mentions[m - 1] && mentions[m - 1]!.end > d.index)) continue;
    // "The CEO Bob Dudley", "the late President Hafez al-Assad", "the ambassador to Chad, Ana Ruiz,": a title right before a name is that name's.
    if (mentions[k] && /^[ \t]+$/.test(text.slice(end, mentions[k]!.start))) continue;
    if (namedAfter(text, end, mentions, k, facts)) continue;
    // "The U.S. secretary": the one the country names there, and only a person of that country.
    // A demonym says whose too ("the Syrian president"), though it names no country of its own.
    const at = d.index + d[0].length - head.length - (d[2]?.length ?? 0);
    const country = d[2]
      ? (mentions.find((x) => x.start === at && facts(x.actorId)?.kind === 'country') ?? demonyms.find((x) => x.start === at))
      : null;
    if (country === undefined) continue;
    const from = sentences[Math.max(0, s - 2)]!.start;
    const word = head.toLowerCase().replace(/\s+/g, ' ');
    const kind = KIND_OF.get(word)!;
    // "The kingdom" is one of the countries that are kingdoms ("Saudi Arabia", not "Libya" named after it).
    const only = COUNTRIES_OF.get(word);
    const among = only ? countries.filter((x) => only.has(x.actorId)) : countries;
    const candidates: ActorMention[] = kind === 'country' ? countriesBefore(among, d.index, from) : [];
    for (let k = m - 1; kind !== 'country' && k >= 0 && mentions[k]!.start >= from && candidates.length < 2; k--) {
      const f = facts(mentions[k]!.actorId);
      if (!f || !COMPATIBLE[kind]!.includes(f.kind)) continue;
      if (kind === 'person' && !f.roles.has(word)) continue;
      if (country && f.parentId !== country.actorId) continue;
      if (!candidates.some((c) => c.actorId === mentions[k]!.actorId)) candidates.push(mentions[k]!);
    }
    // Not "the president of …", which names its own office.
    const far =
      candidates.length === 0 &&
      kind === 'person' &&
      !CHOOSING.test(text.slice(sentences[s]!.start, sentences[s]!.end)) &&
      !/^\s+of\b/.test(text.slice(end, end + 4));
    // "The late pope" where two popes were named before: the one called late (lateHolder).
    const late = LATE.test(d[0]) ? lateHolder(text, mentions.slice(0, m), word, facts) : null;
    const [nearest, other] =
      late ?? (far ? titled.only(word, m).filter((x) => !country || facts(x.actorId)?.parentId === country.actorId) : candidates);
    if (!nearest) continue;
    const inSentence = (x: ActorMention | undefined) => x !== undefined && x.start >= sentences[s]!.start;
    if (inSentence(nearest) && inSentence(other)) continue;
    // "The computer company" says more than we can check: it is sure only with one body to choose from.
    if (d[1] && other) continue;
    out.push({ start: d.index, end, text: text.slice(d.index, end), actorId: nearest.actorId });
  }
  return out;
}

/** "The late pope": the holder of the title who has died (the data's `deceased` modifier). */
const LATE = new RegExp(String.raw`^[Tt]he\s+${words.deceased}\s`, 'u');
/** "the late |Pope John Paul II", "of the late |President Sissoko": "the late" before a name, its title between; not "late Friday. |President". */
const LATE_BEFORE = new RegExp(String.raw`\b[Tt]he\s+${words.deceased}\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}$`, 'u');

/**
 * Of two or more people the mentions before give the title `role`, the one the text calls late
 * before the name ("the late Pope John Paul II", not the sitting Pope Benedict), or none; null when
 * one person at most holds the title there (the nearest holder is then the one).
 */
function lateHolder(
  text: string,
  mentions: readonly ActorMention[],
  role: string,
  facts: (actorId: string) => ActorFacts | undefined,
): ActorMention[] | null {
  const holders = mentions.filter((x) => facts(x.actorId)?.kind === 'person' && facts(x.actorId)!.roles.has(role));
  if (new Set(holders.map((x) => x.actorId)).size <= 1) return null;
  const late = new Set(holders.filter((x) => LATE_BEFORE.test(text.slice(Math.max(0, x.start - 60), x.start))).map((x) => x.actorId));
  return late.size === 1 ? holders.filter((x) => late.has(x.actorId)).slice(0, 1) : [];
}

/** After a demonym, people or things of it in another country: "American |tourists", "the Iraqi |border". */
const ABROAD = new RegExp(String.raw`^\s+(?:${words.abroad.split(' ').join('|')})\b`, 'u');
/** Between two names of one list: ", ", " and ", ", or the ". */
const IN_LIST = /^\s*(?:,\s*(?:(?:and|or)\s+)?|\s(?:and|or)\s+)(?:the\s+)?$/;

/**
 * Where the text names a country, as the country ("Iraq", "Iraqi forces"), by its demonym ("the
 * Iraqi people") or by its people ("Iraqis"), each as a mention of the country, in the text's
 * order; not those of a list ("with China, Japan and Russia"), nor a demonym of people or things
 * in another country ("American tourists"), which name no country the text is about.
 */
function countryMentions(
  text: string,
  mentions: readonly ActorMention[],
  demonyms: readonly ActorMention[],
  facts: (actorId: string) => ActorFacts | undefined,
): ActorMention[] {
  const all: ActorMention[] = [];
  for (const x of [...mentions, ...demonyms.filter((d) => !ABROAD.test(text.slice(d.end, d.end + 24)))]) {
    const f = facts(x.actorId);
    if (f?.kind === 'country') all.push(x);
    else if (f?.kind === 'group' && f.parentId && facts(f.parentId)?.kind === 'country') all.push(changed(x, { actorId: f.parentId }));
  }
  all.sort((a, b) => a.start - b.start || a.end - b.end);
  const listed = (a: ActorMention | undefined, b: ActorMention | undefined) =>
    a !== undefined && b !== undefined && a.end <= b.start && IN_LIST.test(text.slice(a.end, b.start));
  return all.filter((x, i) => !listed(all[i - 1], x) && !listed(x, all[i + 1]));
}

/** "Across the country": the last two countries named before `at` and from `from` on, the nearest first (one when the text names one). */
function countriesBefore(countries: readonly ActorMention[], at: number, from: number): ActorMention[] {
  const out: ActorMention[] = [];
  for (let i = countries.length - 1; i >= 0 && out.length < 2; i--) {
    const x = countries[i]!;
    if (x.end > at) continue;
    if (x.start < from) break;
    if (!out.some((c) => c.actorId === x.actorId)) out.push(x);
  }
  return out;
}

/** Between a title and the name set off after it: ", ", " to the United States, ". */
const SET_OFF = /^(?:\s+(?:of|to|for|in|at)\s[^,.;:()"“”]{1,60})?,\s*$/;

/** A person named right after the title, set off by a comma ("the ambassador to Chad, Ana Ruiz, …"): the title is theirs. */
function namedAfter(
  text: string,
  end: number,
  mentions: readonly ActorMention[],
  k: number,
  facts: (actorId: string) => ActorFacts | undefined,
): boolean {
  for (let i = k; i < mentions.length && mentions[i]!.start < end + 80; i++)
    if (facts(mentions[i]!.actorId)?.kind === 'person') return SET_OFF.test(text.slice(end, mentions[i]!.start));
  return false;
}

/**
 * "The president", named further back: the one person the document gave that title before it
 * ("President Ana Ruiz … the president said"), none when it gave it to two. Read as the mentions
 * are passed, once: for each title, the persons given it so far and the last mention of each.
 */
class TitledSoFar {
  private readonly byRole = new Map<string, Map<string, ActorMention>>();
  private passed = 0;
  constructor(
    private readonly mentions: readonly ActorMention[],
    private readonly facts: (actorId: string) => ActorFacts | undefined,
  ) {}

  /** The one person titled `role` among the mentions before index m, as its last mention; none when two or none. */
  only(role: string, m: number): ActorMention[] {
    for (; this.passed < m; this.passed++) {
      const mention = this.mentions[this.passed]!;
      const f = this.facts(mention.actorId);
      if (f?.kind !== 'person') continue;
      for (const r of f.roles) {
        const persons = this.byRole.get(r) ?? new Map<string, ActorMention>();
        this.byRole.set(r, persons.set(mention.actorId, mention));
      }
    }
    const persons = this.byRole.get(role);
    return persons?.size === 1 ? [...persons.values()] : [];
  }
}
