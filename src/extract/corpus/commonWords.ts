// One-word names that are common words: "Tea", "Spring", "Intelligence" with a capital only where a
// sentence or a headline starts, or in a phrase the reader cut short ("State TV", "the Middle").
// One document cannot tell ("Tea" may open three of its sentences and be written in lower case
// nowhere in it); the corpus can: a word it writes in lower case more often than its actor is
// named by it inside a sentence names nothing, unless some mention of it is a name for sure, behind
// a title ("Mr. White") or before a verb of speaking ("Shell said"). The lexicon's actors and named
// things stay. Counts over the whole corpus: the same answer whatever the order of the documents.
import type { ActorKind } from '../../model/dataset.ts';
import type { DocContext, EventDraft } from '../context.ts';
import { HONORIFICS, TITLES } from '../actors/words.ts';
import { speaksNext } from '../actors/speech.ts';
import { changed } from '../objects.ts';

/** How many times as often as its actor is named by it inside a sentence the corpus must write a word in lower case. */
export const LOWER_RATIO = 2;
/** Lower-case uses a word needs before it is called a common word: one or two may be a slip. */
export const LOWER_LEAST = 3;

/** A name of one word in capitals and lower-case letters: "Tea", not "NATO", "al-Qaeda" or "iPod". */
const ONE_WORD = /^\p{Lu}\p{Ll}+$/u;
/** The kinds a common word may be mistaken for; a country, a storm or a craft is named, not guessed. */
const GUESSABLE: ReadonlySet<ActorKind> = new Set(['person', 'organization', 'place', 'media', 'group', 'product']);
/** Before a word that opens a sentence, a clause, a quotation or a line. */
const OPENS = /(?:^|[.!?:;"“”‘(\n|]|--)\s*$/u;
/** A title or an honorific right before the mention: "Mr. |White", "President |Kessar". */
const TITLE_BEFORE = /(\p{Lu}[\p{L}-]*\.?)\s+$/u;

interface Uses {
  word: string;
  /** Mentions written exactly as the name, not opening a sentence. */
  inside: number;
  /** Some mention is surely a name: titled, or speaking. */
  named: boolean;
}

/** A lower-case word, as the corpus's words are counted. */
const LOWER_WORD = /\p{Ll}+/gu;

/**
 * Every lower-case word of a corpus and how many times it is written: counted document by document
 * (countLowerWords) as each comes back from the per-document stages while the worker threads still
 * work on later ones, so that the corpus stage, which runs alone, only looks the words up.
 */
export type LowerWords = Map<string, number>;

/** Adds the lower-case words of `text` to `counts`. */
export function countLowerWords(text: string, counts: LowerWords): void {
  // The words alone (match), not a match object for each.
  for (const w of text.match(LOWER_WORD) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
}

/** Every lower-case word of the documents, and how many times they write it. */
export function lowerWordsOf(docs: readonly DocContext[]): LowerWords {
  const counts: LowerWords = new Map();
  for (const doc of docs) countLowerWords(doc.text, counts);
  return counts;
}

/**
 * The ids of the actors whose one-word names are common words of the corpus. `lowerWords`, the
 * documents' lower-case words counted already (countLowerWords), or else they are counted here.
 */
export function commonWordActors(docs: readonly DocContext[], known: ReadonlySet<string>, lowerWords?: LowerWords): Set<string> {
  const uses = new Map<string, Uses>();
  for (const doc of docs) {
    const names = new Map(
      doc.actors.filter((a) => !known.has(a.id) && GUESSABLE.has(a.kind) && ONE_WORD.test(a.name)).map((a) => [a.id, a.name]),
    );
    for (const a of names) if (!uses.has(a[0])) uses.set(a[0], { word: a[1].toLowerCase(), inside: 0, named: false });
    for (const m of doc.actorMentions) {
      const name = names.get(m.actorId);
      if (name === undefined || m.text !== name) continue;
      const use = uses.get(m.actorId)!;
      const lead = doc.text.slice(Math.max(0, m.start - 24), m.start);
      if (!OPENS.test(lead)) use.inside++;
      const title = TITLE_BEFORE.exec(lead)?.[1];
      if ((title && (TITLES.has(title) || HONORIFICS.has(title))) || speaksNext(doc.text, m.end)) use.named = true;
    }
  }
  const words = lowerCounts(
    [...uses.values()].filter((use) => !use.named).map((use) => use.word),
    docs,
    lowerWords,
  );
  if (!words.size) return new Set();
  const common = new Set<string>();
  for (const [id, use] of uses) {
    const lower = words.get(use.word);
    if (!use.named && lower !== undefined && lower >= LOWER_LEAST && lower >= LOWER_RATIO * Math.max(1, use.inside)) common.add(id);
  }
  return common;
}

/** How many times the corpus writes each of `wanted`, lower-case words: from `lowerWords` if counted already. */
function lowerCounts(wanted: readonly string[], docs: readonly DocContext[], lowerWords?: LowerWords): Map<string, number> {
  const words = new Map(wanted.map((w) => [w, lowerWords?.get(w) ?? 0]));
  if (!lowerWords && words.size)
    for (const doc of docs)
      for (const w of doc.text.match(LOWER_WORD) ?? []) {
        const n = words.get(w);
        if (n !== undefined) words.set(w, n + 1);
      }
  return words;
}

/**
 * The common words that open people's names: the first word of a person's name ("Charge Obama",
 * "Free World", "Grant Shapps") that is no title and that the corpus writes in lower case
 * LOWER_LEAST times at least and LOWER_RATIO times as often as documents open a person's name with
 * it ("Mitt" of "Mitt Romney" is no common word). Those that are no given names are words run into
 * the name (actors/identity.ts).
 */
export function runInWords(docs: readonly DocContext[], lowerWords?: LowerWords): Set<string> {
  const opens = new Map<string, number>(); // first word → documents that open a person's name with it
  for (const doc of docs) {
    const firsts = new Set<string>();
    for (const a of doc.actors) {
      const first = a.kind === 'person' && a.name.includes(' ') ? a.name.slice(0, a.name.indexOf(' ')) : '';
      if (ONE_WORD.test(first) && !TITLES.has(first) && !HONORIFICS.has(first)) firsts.add(first);
    }
    for (const w of firsts) opens.set(w, (opens.get(w) ?? 0) + 1);
  }
  const counts = lowerCounts(
    [...opens.keys()].map((w) => w.toLowerCase()),
    docs,
    lowerWords,
  );
  return new Set(
    [...opens].filter(([w, n]) => {
      const lower = counts.get(w.toLowerCase())!;
      return lower >= LOWER_LEAST && lower >= LOWER_RATIO * n;
    }).map(([w]) => w),
  );
}

/** The documents without the actors `common` names: their drafts, mentions, and places in events. */
export function dropActors(docs: readonly DocContext[], common: ReadonlySet<string>): DocContext[] {
  if (!common.size) return [...docs];
  return docs.map((doc) => {
    if (!doc.actors.some((a) => common.has(a.id))) return doc;
    return changed(doc, {
      actors: doc.actors.filter((a) => !common.has(a.id)),
      actorMentions: doc.actorMentions.filter((m) => !common.has(m.actorId)),
      events: doc.events.map((e) => withoutActors(e, common)),
    });
  });
}

function withoutActors(e: EventDraft, common: ReadonlySet<string>): EventDraft {
  const speaker = e.attribution.actorId;
  if (!e.actorIds.some((id) => common.has(id)) && !(speaker && common.has(speaker))) return e;
  const roles = e.roles?.filter((r) => !common.has(r.actorId));
  return Object.assign({}, e, {
    actorIds: e.actorIds.filter((id) => !common.has(id)),
    ...(roles ? { roles } : {}),
    attribution: speaker && common.has(speaker) ? changed(e.attribution, { actorId: null }) : e.attribution,
  });
}
