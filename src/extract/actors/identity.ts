// One name, one actor id, in every document: a company is the same without its suffix
// ("Apple Inc." and "Apple" → apple), and a title's forms say the same role ("CEO", "chief executive").
import type { ActorKind } from '../../model/dataset.ts';
import type { ActorDraft, DocContext, EventDraft } from '../context.ts';
import { slug } from '../ids.ts';
import { withoutSuffix } from './linking.ts';
import { PARTICLES } from './names.ts';
import { isGivenName, maybeGivenName } from './givenNames.ts';
import { bareName, isThing } from './things.ts';
import { extend } from '../objects.ts';
import { sameSpelling, spellingKey, withoutArticle } from './spellings.ts';

/** A document in this many that two spellings share may name both (a quoted agency's spelling): they are still one person. */
const SHARED_DOCUMENTS = 10;
/** How many times as often as one word spelled otherwise the fuller name it would join must be mentioned. */
const SPELLED_MENTIONS = 10;
/** Documents that must give a fuller form of a name before it is the name shown ("John Paul II" over "John Paul"). */
const FULLER_DOCUMENTS = 2;
/** A fuller form given in fewer than one in this many of the documents that give the name is a formal aside ("Barack Hussein Obama II"). */
const FULLER_SHARE = 10;

/** "St." and "Saint" before a name are one spelling: "St. Peter's Square" is "Saint Peter's Square". */
const SAINT = /\bSt\.?(?=\s+\p{Lu})/gu;

export function actorId(name: string, kind: ActorKind): string {
  const named = name.replace(SAINT, 'Saint');
  // "Hurricane Katrina" and "Katrina" are one storm; a ship is named after a person, so its id says it is a craft
  // ("USS Abraham Lincoln" is not the president).
  if (isThing(kind)) return kind === 'craft' ? `craft-${slug(bareName(named))}` : slug(bareName(named));
  return slug(kind === 'organization' || kind === 'media' ? withoutSuffix(named) : named);
}

const SAME_ROLE: Record<string, string[]> = {
  ceo: ['chief executive'],
  'chief executive': ['ceo'],
  executive: ['chief executive', 'ceo'],
  general: ['commanding general'],
  'gen.': ['general', 'commanding general'],
  pope: ['pontiff'],
  pontiff: ['pope'],
};

/** The roles a title gives, in lower case: "Prime Minister" → prime minister, minister; "Secretary of State" → secretary of state, secretary; "Ambassador to Iraq" → ambassador. */
export function rolesOf(title: string): string[] {
  const lower = title.toLowerCase();
  const head = lower.split(/ (?:of|to|for) /)[0]!;
  const last = head.split(' ').at(-1)!;
  return [...new Set([lower, head, last, ...(SAME_ROLE[lower] ?? []), ...(SAME_ROLE[last] ?? [])])];
}

/**
 * Across documents, the same person is one actor (a common word run into a name before it, `runIn`,
 * left out: "Charge Obama" is Barack Obama): a name given in part elsewhere joins the fuller
 * name when exactly one line of fuller names holds it ("Mubarak", "Hosni Mubarak" and "Mohamed Hosni
 * Mubarak" are one; "Mubarak" stays apart when "Gamal Mubarak" is named too), and initials join the
 * one organization they abbreviate ("GM", "General Motors"). Each group takes the full name most
 * documents give, or a fuller form of it two documents give ("John Paul" joins "John Paul II"). When several fuller names fit, the part joins
 * one that the corpus names three times as often as all the others together, or none. Actors of
 * the lexicon keep their ids.
 */
export function unifyActors(
  docs: readonly DocContext[],
  known: ReadonlySet<string>,
  bodies: ReadonlySet<string> = new Set(),
  runIn: (word: string) => boolean = () => false,
  isPeople: (word: string) => boolean = () => false,
): DocContext[] {
  const actors = new Map<string, ActorDraft & { mentions: number }>();
  const docsOf = new Map<string, Set<number>>(); // the documents that name each actor
  // The documents that name a person with the capital of their first word inside a clause, where it
  // tells a name ("On Friday, Rush Limbaugh said"), out of its page noise. Named so in two documents
  // or more, no common word is run into their name; one may be a slogan or a comment the noise stage
  // missed ("both Thugs Mubarak and …").
  const capitalTells = new Map<string, Set<number>>();
  for (const [i, doc] of docs.entries()) {
    for (const a of doc.actors) {
      if (!actors.has(a.id)) actors.set(a.id, extend(a, { mentions: 0 }));
      (docsOf.get(a.id) ?? docsOf.set(a.id, new Set()).get(a.id)!).add(i);
    }
    for (const m of doc.actorMentions) {
      const actor = actors.get(m.actorId);
      if (!actor) continue;
      actor.mentions++;
      // Not in a reader's comment, whose capitals tell little ("both Thugs Mubarak and …").
      const told = actor.kind === 'person' && !capitalTells.get(actor.id)?.has(i) && insideClause(doc.text, m.start, actor.name);
      if (told && !doc.noise?.spans.some((x) => m.start >= x.start && m.start < x.end))
        (capitalTells.get(actor.id) ?? capitalTells.set(actor.id, new Set()).get(actor.id)!).add(i);
    }
  }
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    const p = parent.get(id);
    return p === undefined || p === id ? id : find(p);
  };
  // The given names (every word of a person's full name before the surname) each group holds: two
  // groups that share none stay apart ("Abdelati Obeidi" is not "Eman al-Obeidy", whatever
  // "Obeidy" alone joins); "Hosni Mubarak" and "Mohamed Hosni Mubarak" share one.
  const givenNames = new Map<string, Set<string>>();
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) return;
    const [ga, gb] = [givenNames.get(ra), givenNames.get(rb)];
    if (ga && gb && ![...ga].some((x) => gb.has(x) || [...gb].some((y) => sameSpelling(x, y)))) return;
    parent.set(ra, rb);
    if (ga) givenNames.set(rb, gb ? new Set([...gb, ...ga]) : ga);
  };
  // People are compared only with those of the same last word, organizations by their initials: linear in the corpus.
  const bySurname = new Map<string, (ActorDraft & { mentions: number })[]>();
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => (map.get(key) ?? map.set(key, []).get(key)!).push(value);
  // A single word typed an organization for want of evidence ("Mubarak said") may be a surname too;
  // not one the corpus writes mostly behind "the" ("the West", "the Pentagon"), as no surname is.
  const named = namedBehindThe(docs);
  const surnameLike = (a: ActorDraft) =>
    a.kind === 'person' || (a.kind === 'organization' && !known.has(a.id) && /^\p{Lu}\p{Ll}+$/u.test(a.name) && !named.has(a.id));
  // "Bashar al-Assad" is named again as "Assad": the Arabic article before a surname is left out to compare.
  // "Charge Obama", "Bankruptcy Obama": a common word run into a person's name before it (`runIn`), no given name.
  const ranInto = (a: ActorDraft) => {
    const first = a.name.split(' ')[0]!;
    return (
      a.kind === 'person' &&
      /^\S+ \p{Lu}/u.test(a.name) &&
      runIn(first) &&
      !maybeGivenName(first) &&
      (capitalTells.get(a.id)?.size ?? 0) < 2
    );
  };
  const nameWords = (a: ActorDraft) => a.name.split(' ').map(withoutArticle);
  // "Gaddafi", "Gadhafi" and "Qaddafi" are compared as one surname (spellings.ts).
  for (const a of actors.values()) if (surnameLike(a)) push(bySurname, spellingKey(surnameOf(nameWords(a))), a);
  const words = new Map([...bySurname.values()].flat().map((p) => [p.id, nameWords(p)]));
  // Two romanisations of one word count as one only across documents: one document spells one
  // person one way, so two spellings it gives side by side ("Salim Haddad met Salem Haddad") are two
  // people. Names that hundreds of documents give may meet in a few of them (a quoted agency's spelling).
  const apartPairs = new Map<string, boolean>();
  const apart = (a: string, b: string) => {
    const pair = a < b ? `${a}\n${b}` : `${b}\n${a}`;
    let answer = apartPairs.get(pair);
    if (answer === undefined) {
      const [small, large] = [docsOf.get(a)!, docsOf.get(b)!].sort((x, y) => x.size - y.size) as [Set<number>, Set<number>];
      let shared = 0;
      for (const d of small) if (large.has(d)) shared++;
      apartPairs.set(pair, (answer = shared * SHARED_DOCUMENTS <= small.size));
    }
    return answer;
  };
  // A letter written once or twice is a slip, even in one document ("Hilary", "Hillary").
  const sameWord = (x: string, y: string, a: string, b: string) =>
    x === y || (sameSpelling(x, y) && (apart(a, b) || undoubled(x) === undoubled(y)));
  const covers = (big: string, small: string) => {
    const [bw, sw] = [words.get(big)!, words.get(small)!];
    return bw.length > sw.length && sw.every((w) => bw.some((v) => sameWord(v, w, big, small)));
  };
  for (const [id, w] of words) {
    const given = w.slice(ranInto(actors.get(id)!) ? 1 : 0, -1);
    if (given.length && actors.get(id)!.kind === 'person') givenNames.set(id, new Set(given));
  }
  // "Bashar Assad" and "Bashar al-Assad" are one person; so are "Muammar Gaddafi" and "Moammar Gadhafi"
  // named in different documents, every word of one a spelling of the other's.
  const spelled = new Map<string, string[]>();
  for (const a of [...bySurname.values()].flat()) {
    if (a.kind !== 'person') continue;
    const own = words.get(a.id)!;
    const key = own.map(spellingKey).join(' ');
    const same = spelled.get(key) ?? spelled.set(key, []).get(key)!;
    // Joined with every name spelled alike, not only the first: two spellings one document gives side
    // by side stay apart unless a third, from other documents, is spelled like both.
    for (const b of same)
      if (own.every((w, i) => w.toLowerCase() === words.get(b)![i]!.toLowerCase() || sameWord(w, words.get(b)![i]!, a.id, b)))
        union(a.id, b);
    same.push(a.id);
  }
  // One word spelled otherwise than a fuller name's ("Kadafi" beside "Muammar Gaddafi") is that name
  // only when it has the consonants to tell it ("Houla" is no "Hole") and the fuller name is the one
  // the corpus is about; a word it writes exactly needs neither.
  const respelled = (big: ActorDraft & { mentions: number }, small: ActorDraft & { mentions: number }) => {
    const sw = words.get(small.id)!;
    if (sw.length > 1 || words.get(big.id)!.includes(sw[0]!)) return true;
    return spellingKey(sw[0]!).replace(/\*/g, '').length >= 3 && big.mentions >= SPELLED_MENTIONS * small.mentions;
  };
  // A word some document reads as a body on evidence (`bodies`) is no surname of a person it is
  // named ten times as often as, under all the person's spellings: "Facebook" in a hundred stories
  // is not the last word of "Free Facebook" that one line runs together. A word only guessed a body
  // ("Kessar said", "Assad said") follows the person's documents, not the count of its own mentions:
  // it stays apart only when ten times as many documents give it ("Republicans", not "Blame Republicans").
  const groupMentions = new Map<string, number>();
  const groupDocs = new Map<string, Set<number>>();
  for (const a of actors.values()) {
    groupMentions.set(find(a.id), (groupMentions.get(find(a.id)) ?? 0) + a.mentions);
    const own = groupDocs.get(find(a.id)) ?? groupDocs.set(find(a.id), new Set()).get(find(a.id))!;
    for (const d of docsOf.get(a.id)!) own.add(d);
  }
  // Taken before any part joins a fuller name: the joins below change the groups' roots.
  const spelledMentions = new Map([...actors.keys()].map((id) => [id, groupMentions.get(find(id))!]));
  const spelledDocs = new Map([...actors.keys()].map((id) => [id, groupDocs.get(find(id))!.size]));
  const bodyAsSurname = (small: ActorDraft & { mentions: number }, big: ActorDraft) =>
    small.kind === 'person' ||
    (bodies.has(small.id)
      ? spelledMentions.get(big.id)! * SPELLED_MENTIONS > small.mentions
      : spelledDocs.get(big.id)! * SPELLED_MENTIONS > docsOf.get(small.id)!.size);
  for (const a of [...bySurname.values()].flat()) {
    // Names already joined as one spelling of the same person count once, with all their mentions.
    const joined = new Map<string, ActorDraft & { mentions: number }>();
    for (const b of bySurname.get(spellingKey(surnameOf(words.get(a.id)!)))!) {
      if (b.kind !== 'person' || !covers(b.id, a.id) || !respelled(b, a) || !bodyAsSurname(a, b)) continue;
      const one = joined.get(find(b.id));
      joined.set(find(b.id), one ? { ...one, mentions: one.mentions + b.mentions } : b);
    }
    const fuller = [...joined.values()];
    const chain = fuller.every((b) => fuller.every((c) => b === c || covers(b.id, c.id) || covers(c.id, b.id)));
    if (fuller.length && chain) for (const b of fuller) union(a.id, b.id);
    else if (fuller.length) {
      // "Mubarak" beside "Hosni Mubarak" (400 mentions) and "Gamal Mubarak" (12): the one the corpus is about.
      const [top, ...rest] = [...fuller].sort((x, y) => y.mentions - x.mentions);
      if (top!.mentions >= 3 * rest.reduce((n, x) => n + x.mentions, 0)) union(a.id, top!.id);
    }
  }
  // A person's name for sure: the lexicon's, or one that opens with a capitalized given name or a
  // capitalized word no common one ("Barack Obama", "Muammar Gaddafi"; not "Free World", "am Libyan").
  const personal = (a: ActorDraft) => {
    const first = a.name.split(' ')[0]!;
    return known.has(a.id) || (/^\p{Lu}/u.test(first) && (isGivenName(first) || !runIn(first)));
  };
  // The family name of a person's name is named alone as well: "Gaddafi" of "Saif al-Islam Gaddafi".
  const familyNamed = (a: ActorDraft) =>
    bySurname.get(spellingKey(surnameOf(words.get(a.id)!)))!.some((b) => b.id !== a.id && words.get(b.id)!.length === 1);
  joinRunInNames([...bySurname.values()].flat(), bySurname, words, ranInto, personal, familyNamed, known, isPeople, find, union);
  // "Mohammed Ali said … Ali said": a name whose last word the documents of its person (every
  // spelling joined so far: "Mohamed Ali") name alone is a full name.
  const lastAlone = (a: ActorDraft) => {
    const last = a.name.split(' ').at(-1)!;
    const root = find(a.id);
    const own = new Set([...actors.keys()].filter((id) => find(id) === root).flatMap((id) => [...docsOf.get(id)!]));
    return [...own].some((i) => docs[i]!.actorMentions.some((m) => docs[i]!.text.slice(m.start, m.end) === last));
  };
  joinFamilyNames([...bySurname.values()].flat(), familyNamed, lastAlone, (id) => docsOf.get(id)!.size, find, union);
  const orgs = [...actors.values()].filter((a) => a.kind === 'organization' || a.kind === 'media');
  const byInitials = new Map<string, string[]>();
  for (const b of orgs) if (b.name.includes(' ')) push(byInitials, initialsOf(b.name), b.id);
  for (const a of orgs) {
    const full = /^\p{Lu}{2,6}$/u.test(a.name) ? byInitials.get(a.name) : undefined;
    if (full?.length === 1) union(a.id, full[0]!);
  }
  // Each group's id: a lexicon actor's if it holds one, else the full name most documents give
  // (then the most mentioned): not a longer form one document ran into a word before it ("Google
  // Tony Blair"), however often that document goes on to say "he"; but a fuller form two documents
  // give, which holds what tells people apart ("George W. Bush", not his father's "George Bush").
  const groups = new Map<string, (ActorDraft & { mentions: number })[]>();
  for (const a of actors.values()) push(groups, find(a.id), a);
  const canonical = new Map<string, ActorDraft>();
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const full = (a: ActorDraft) => Number(a.name.includes(' '));
    const ranked = [...members].sort(
      (x, y) =>
        Number(known.has(y.id)) - Number(known.has(x.id)) ||
        full(y) - full(x) ||
        Number(ranInto(x)) - Number(ranInto(y)) ||
        docsOf.get(y.id)!.size - docsOf.get(x.id)!.size ||
        y.mentions - x.mentions ||
        x.id.length - y.id.length ||
        (x.id < y.id ? -1 : 1),
    );
    let best = ranked[0]!;
    // A fuller form of that name that two documents give keeps what tells people apart: "John Paul
    // II" over "John Paul", "George W. Bush" over "George Bush".
    while (!known.has(best.id)) {
      const given = docsOf.get(best.id)!.size;
      const fuller = ranked.find((m) => {
        const n = docsOf.get(m.id)!.size;
        return n >= FULLER_DOCUMENTS && n * FULLER_SHARE >= given && wordsCover(m.name, best.name);
      });
      if (!fuller) break;
      best = fuller;
    }
    for (const m of members) if (m !== best && !known.has(m.id)) canonical.set(m.id, best);
  }
  return canonical.size ? docs.map((doc) => remap(doc, canonical)) : [...docs];
}

/**
 * A person's name with a common word run into it before ("Charge Obama", "Trader Ahmed Khalifa")
 * joins the person its other words name, written alike, under a name no word runs into that is a
 * person's for sure (`personal`: "Barack Obama", "Ahmed Khalifa"): when several fit, the one the corpus names three times as often as all the others
 * together, or none. Two names with words run into them ("North Yemen", "South Yemen") stay apart.
 */
function joinRunInNames(
  people: readonly (ActorDraft & { mentions: number })[],
  bySurname: ReadonlyMap<string, readonly (ActorDraft & { mentions: number })[]>,
  words: ReadonlyMap<string, readonly string[]>,
  ranInto: (a: ActorDraft) => boolean,
  personal: (a: ActorDraft) => boolean,
  familyNamed: (a: ActorDraft) => boolean,
  known: ReadonlySet<string>,
  isPeople: (word: string) => boolean,
  find: (id: string) => string,
  union: (a: string, b: string) => void,
): void {
  const opening = new Set(
    people.filter((a) => a.kind === 'person' && !ranInto(a) && words.get(a.id)!.length > 1).map((a) => words.get(a.id)![0]!),
  );
  for (const a of people) {
    if (!ranInto(a)) continue;
    const rest = words.get(a.id)!.slice(1);
    // "Hopefully Fareed": a given name alone may name anyone of that name (one the corpus opens a
    // full name with: "Fareed Zakaria"); a family name no one is named by alone names no one.
    // "Mass Libya": what is left is a country or another actor of the lexicon, not a person; "Alleged
    // Libyan": a people's word, no one's name.
    if (
      (rest.length === 1 && (isGivenName(rest[0]!) || opening.has(rest[0]!) || isPeople(rest[0]!))) ||
      !familyNamed(a) ||
      known.has(slug(rest.join(' ')))
    )
      continue;
    const groups = new Map<string, number>(); // each group of names that hold the rest, with its mentions
    for (const b of bySurname.get(spellingKey(surnameOf(words.get(a.id)!)))!) {
      const own = words.get(b.id)!;
      if (b.kind !== 'person' || b === a || ranInto(b) || own.length < 2 || !rest.every((w) => own.includes(w)) || !personal(b)) continue;
      groups.set(find(b.id), (groups.get(find(b.id)) ?? 0) + b.mentions);
    }
    const [top, ...others] = [...groups].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    if (top && top[1] >= 3 * others.reduce((n, [, m]) => n + m, 0)) union(a.id, top[0]);
  }
}

/**
 * A person named without the family name, by a given name of several words ("Saif al-Islam",
 * "Mustafa Abdel"), joins the fuller name that two documents give, which is those words and a
 * family name the corpus names alone as well ("Saif al-Islam Gaddafi", "Gaddafi"), with its
 * particle if any ("Abdel Fattah Younes |al Abidi"): when several fuller names fit, the one the
 * corpus names three times as often as all the others together, or none. A name run into the words
 * after it ends in no one's family name ("David Cameron The"), or in more than one word ("Moussa
 * Ibrahim |Eman al-Obeidy").
 */
function joinFamilyNames(
  people: readonly (ActorDraft & { mentions: number })[],
  familyNamed: (a: ActorDraft) => boolean,
  lastAlone: (a: ActorDraft) => boolean,
  documents: (id: string) => number,
  find: (id: string) => string,
  union: (a: string, b: string) => void,
): void {
  const fuller = new Map<string, (ActorDraft & { mentions: number })[]>(); // leading words → the fuller names they open
  for (const a of people) {
    const own = a.name.split(' ');
    // Not "George Bush |Sr.": a suffix tells a father from his son, no family name.
    if (a.kind !== 'person' || own.length < 3 || documents(a.id) < FULLER_DOCUMENTS || surnameOf(own) !== own.at(-1) || !familyNamed(a))
      continue;
    // The family name, after its particle if any: "Gaddafi", "al Abidi".
    const family = particleFamily(a.name) ? 2 : 1;
    const lead = own.slice(0, -family).join(' ');
    (fuller.get(lead) ?? fuller.set(lead, []).get(lead)!).push(a);
  }
  for (const a of people) {
    // "Mohammed Ali" whose documents say "Ali said" is a full name, no part of "Mohammed Ali Abdallah";
    // of one whose family name comes with a particle ("Abdel Fattah Younes |al Abidi") it may be. A
    // compound given name ("Saif al-Islam") is one whatever its documents say.
    const candidates = a.kind === 'person' ? fuller.get(a.name) : undefined;
    if (!candidates) continue;
    const full = lastAlone(a) && !compoundGiven(a.name);
    const found = candidates.filter((b) => !full || particleFamily(b.name));
    if (!found.length) continue;
    const groups = new Map<string, number>(); // each group of fuller names, with its mentions
    for (const b of found) groups.set(find(b.id), (groups.get(find(b.id)) ?? 0) + b.mentions);
    const [top, ...rest] = [...groups].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    if (top![1] >= 3 * rest.reduce((n, [, m]) => n + m, 0)) union(a.id, top![0]);
  }
}

/** A name of four words or more whose family name comes with a particle: "Abdel Fattah Younes al Abidi". */
const particleFamily = (name: string) => {
  const own = name.split(' ');
  return own.length > 3 && PARTICLES.has(own.at(-2)!.toLowerCase());
};

/** A given name of several words joined by a particle or a hyphen: "Saif al-Islam", "Abu Bakr", "Nur al-Huda". */
const compoundGiven = (name: string) => name.split(' ').some((w) => w.includes('-') || PARTICLES.has(w.toLowerCase()));

/** A line that is a headline: no sentence's end, and every word of four letters or more capitalized ("Charge Obama Over Deal"). */
const HEADLINE_LINE = /^(?![^\n]*[.!?]["”’)]?\s*$)(?![^\n]*\b\p{Ll}[\p{L}]{3,})[^\n]*$/u;

/**
 * Whether a name's first word at `start` is capitalized inside a clause, where the capital tells a
 * name: not at a line's or sentence's start, after a quote, a parenthesis, a colon or a dash, or in
 * a headline ("Charge Obama" there may be a common word run into the name).
 */
function insideClause(text: string, start: number, name: string): boolean {
  if (!/^\p{Lu}/u.test(name) || !text.startsWith(name.slice(0, name.indexOf(' ') + 1 || undefined), start)) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start);
  if (/^[\s#>*|-]*$/u.test(before) || /(?:[.!?]["”’)]?|["“‘(:|[]|\s-{1,2}|[—–])\s*$/u.test(before)) return false;
  const lineEnd = text.indexOf('\n', start);
  return !HEADLINE_LINE.test(text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd));
}

/**
 * Whether a name holds every word of a shorter one, and more, from the same first word: "George W.
 * Bush" holds "George Bush"; a word run in before it is no part of it ("End Quote Sergei Lavrov").
 */
function wordsCover(big: string, small: string): boolean {
  const [bw, sw] = [big.split(' '), small.split(' ')];
  return bw.length > sw.length && bw[0] === sw[0] && sw.every((w) => bw.includes(w));
}

/** A word with each doubled letter written once: "Hillary" → "Hilary". */
const undoubled = (word: string) => word.replace(/(\p{L})\1/gu, '$1');

/** Behind "the", at the end of what comes before a mention: "the |West", "The |Pentagon". */
const BEHIND_THE = /(?:^|[^\p{L}])the\s+$/iu;

/**
 * The actors the corpus names by their one-word name mostly right behind "the": "the West", "the
 * Kremlin"; not "Assad", which "the Assad regime" names a few times among many "Assad said".
 */
function namedBehindThe(docs: readonly DocContext[]): Set<string> {
  const uses = new Map<string, { the: number; all: number }>();
  for (const doc of docs) {
    const names = new Map(doc.actors.map((a) => [a.id, a.name]));
    for (const m of doc.actorMentions) {
      if (m.text !== names.get(m.actorId) || m.text.includes(' ')) continue;
      const count = uses.get(m.actorId) ?? uses.set(m.actorId, { the: 0, all: 0 }).get(m.actorId)!;
      count.all++;
      if (BEHIND_THE.test(doc.text.slice(Math.max(0, m.start - 5), m.start))) count.the++;
    }
  }
  return new Set([...uses].filter(([, n]) => n.the * 2 > n.all).map(([id]) => id));
}

/** The word a person is named by alone: the last of its words, before "Jr." or a regnal number ("John Paul II" → "Paul"). */
function surnameOf(name: readonly string[]): string {
  const words = [...name];
  while (words.length > 1 && /^(?:Jr\.?|Sr\.?|[IVX]{2,})$/.test(words.at(-1)!)) words.pop();
  return words.at(-1)!;
}

const initialsOf = (name: string) =>
  name
    .split(' ')
    .filter((w) => !/^(?:of|the|and|&|for)$/.test(w))
    .map((w) => w[0])
    .join('');

/** Whether `ids` holds each value once (the lists of an event are short: no set is made). */
function distinct(ids: readonly string[]): boolean {
  for (let i = 1; i < ids.length; i++) for (let k = 0; k < i; k++) if (ids[i] === ids[k]) return false;
  return true;
}

/** Whether remapping leaves an event as it is: no actor of it merged into another, none named twice. */
function untouched(e: EventDraft, canonical: ReadonlyMap<string, ActorDraft>): boolean {
  const stays = (id: string) => (canonical.get(id)?.id ?? id) === id;
  if (!e.actorIds.every(stays) || !distinct(e.actorIds)) return false;
  if (e.attribution.actorId && !stays(e.attribution.actorId)) return false;
  if (!e.roles) return true;
  return e.roles.every((r) => stays(r.actorId)) && distinct(e.roles.map((r) => r.actorId));
}

function remap(doc: DocContext, canonical: ReadonlyMap<string, ActorDraft>): DocContext {
  const to = (id: string) => canonical.get(id)?.id ?? id;
  const unique = (ids: string[]) => [...new Set(ids.map(to))];
  const actors = new Map<string, ActorDraft>();
  for (const a of doc.actors) {
    const c = canonical.get(a.id);
    const merged =
      actors.get(to(a.id)) ?? (c ? extend(c, { aliases: [], parentId: c.parentId ?? a.parentId }) : extend(a, { aliases: [] }));
    merged.aliases = [...new Set([...merged.aliases, ...a.aliases, ...(c && a.name !== c.name ? [a.name] : [])])]
      .filter((x) => x !== merged.name)
      .sort();
    actors.set(merged.id, merged);
  }
  // What names no merged actor is kept as it is, not copied: the documents as read are still held
  // while their remapped copies are made.
  const same = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  return {
    ...doc,
    actors: [...actors.values()],
    actorMentions: doc.actorMentions.map((m) => (to(m.actorId) === m.actorId ? m : extend(m, { actorId: to(m.actorId) }))),
    events: doc.events.map((e) => {
      // Most events name no merged actor, and each actor once: kept as they are, without a copy made to compare.
      if (untouched(e, canonical)) return e;
      const actorIds = unique(e.actorIds);
      const roles = e.roles
        ?.filter((r, i, all) => all.findIndex((x) => to(x.actorId) === to(r.actorId)) === i)
        .map((r) => (to(r.actorId) === r.actorId ? r : extend(r, { actorId: to(r.actorId) })));
      const speaker = e.attribution.actorId;
      const attribution = speaker && to(speaker) !== speaker ? extend(e.attribution, { actorId: to(speaker) }) : e.attribution;
      if (same(actorIds, e.actorIds) && (!e.roles || same(roles!, e.roles)) && attribution === e.attribution) return e;
      return Object.assign({}, e, {
        actorIds: same(actorIds, e.actorIds) ? e.actorIds : actorIds,
        ...(e.roles ? { roles: same(roles!, e.roles) ? e.roles : roles } : {}),
        attribution,
      });
    }),
  };
}
