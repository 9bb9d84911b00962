// Whether a name is a person or a body, settled across the corpus. A document that gives no clue
// ("Arwa Damon reported", "Zakaria said") guesses from how often it writes each word alone
// (actors/kinds.ts); another document often says which ("Arwa Damon, who …", "Mr. Zakaria").
// Every document's reading of one actor id on evidence is counted, and the most decide; a name
// no document reads on evidence is a person when its first word starts other names the corpus
// knows as people (a given name) or when it is alone the last word of them (a surname). A place
// is counted too: "Kessa" that one story guesses a body is the town others name ("the town of
// Kessa", "fighting in Kessa"). Names the lexicon knows keep their kind.
import type { ActorDraft, DocContext } from '../context.ts';
import { changed } from '../objects.ts';
import { withoutArticle } from '../actors/spellings.ts';

type Choice = 'person' | 'organization' | 'place';

interface Votes {
  name: string;
  /** Documents that read it as each kind on evidence. */
  sure: Record<Choice, number>;
  /** Documents that guessed a person or a body for want of evidence. */
  guessed: number;
}

/** People a word must start, or end, before the word says a person on its own. */
export const LEARNED_GIVEN = 2;
/** Documents that must read a name as a place before the corpus calls it one. */
export const PLACE_LEAST = 2;
/**
 * Guesses one reading of a place on evidence outweighs: a guess only echoes how a document wrote
 * the name ("Bani Walid said" reads a body), yet a few places read in a hundred guesses may be
 * slips ("posted on Facebook").
 */
export const GUESSES_PER_PLACE = 3;


const isChoice = (kind: string): kind is Choice => kind === 'person' || kind === 'organization' || kind === 'place';
/** A word that may be a given name or a surname: capitalized, in letters ("Fareed", "Al-Obeidi"), not an initial. */
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]*\p{Ll}$/u;

export function settleKinds(docs: readonly DocContext[], known: ReadonlySet<string>): DocContext[] {
  const votes = new Map<string, Votes>();
  // The first and last words of names some document gives on evidence, with the kinds they name.
  const starts = new Map<string, Map<string, Set<string>>>();
  const ends = new Map<string, Map<string, Set<string>>>();
  const note = (map: Map<string, Map<string, Set<string>>>, word: string, kind: string, id: string) => {
    const kinds = map.get(word) ?? map.set(word, new Map()).get(word)!;
    (kinds.get(kind) ?? kinds.set(kind, new Set()).get(kind)!).add(id);
  };
  for (const doc of docs) {
    for (const a of doc.actors) {
      const words = a.name.split(' ').map(withoutArticle);
      if (!a.guessed && words.length > 1) {
        note(starts, words[0]!, a.kind, a.id);
        note(ends, words.at(-1)!, a.kind, a.id);
      }
      if (!a.guessed && words.length === 1 && a.kind !== 'person') note(ends, words[0]!, a.kind, a.id);
      if (known.has(a.id) || !isChoice(a.kind)) continue;
      const v =
        votes.get(a.id) ??
        votes
          .set(a.id, { name: a.name, sure: { person: 0, organization: 0, place: 0 }, guessed: 0 })
          .get(a.id)!;
      if (a.guessed) v.guessed++;
      else v.sure[a.kind]++;
    }
  }
  /** A word that names people in the corpus, in that place of a name, and nothing else there. */
  const peopleWord = (map: Map<string, Map<string, Set<string>>>, word: string) => {
    const kinds = map.get(word);
    if (!kinds || !NAME_WORD.test(word)) return false;
    return (kinds.get('person')?.size ?? 0) >= LEARNED_GIVEN && kinds.size === 1;
  };
  const settled = new Map<string, Choice>();
  for (const [id, v] of votes) {
    const kind = choose(v, (words) => (words.length > 1 ? peopleWord(starts, withoutArticle(words[0]!)) : peopleWord(ends, withoutArticle(words[0]!))));
    if (kind) settled.set(id, kind);
  }
  return docs.map((doc) => {
    if (!doc.actors.some((a) => a.guessed || (settled.has(a.id) && settled.get(a.id) !== a.kind))) return doc;
    return changed(doc, { actors: doc.actors.map((a) => settledDraft(a, settled.get(a.id))) });
  });
}

/** The ids some document reads as a body on evidence, not for want of it ("shares of Vantrell", not "Kessar said"). */
export function bodiesOnEvidence(docs: readonly DocContext[]): Set<string> {
  const bodies = new Set<string>();
  for (const doc of docs) for (const a of doc.actors) if (!a.guessed && (a.kind === 'organization' || a.kind === 'media')) bodies.add(a.id);
  return bodies;
}

/**
 * The kind the corpus gives a name, or undefined to keep each document's. Guesses are never
 * counted against each other (they only echo how each document happened to write the name), and
 * one word alone becomes a person only as a surname the corpus knows ("Mr. Zakaria", "Zakaria
 * said" may be a body's name too: "Al-Arabiya said").
 */
function choose(v: Votes, people: (words: string[]) => boolean): Choice | undefined {
  const { sure } = v;
  const words = v.name.split(' ');
  // "the town of Kessa", "fighting in Kessa": a place where more documents say so than say
  // anything else, and not one a hundred documents guess a body ("posted on Facebook" in a few is
  // no place). A name only read as a place keeps each document's reading.
  if (sure.place >= PLACE_LEAST && sure.place > sure.organization + sure.person && sure.place * GUESSES_PER_PLACE >= v.guessed)
    return 'place';
  if (sure.person + sure.organization + v.guessed === 0) return undefined;
  if (sure.organization > sure.person) return 'organization';
  if (sure.person > sure.organization && words.length > 1) return 'person';
  if (sure.organization === 0 && people(words)) return 'person';
  return undefined;
}

/** The draft as the corpus settles it: its kind, and no mark of a guess left. */
function settledDraft(a: ActorDraft, kind: Choice | undefined): ActorDraft {
  if (!a.guessed && (kind === undefined || kind === a.kind || !isChoice(a.kind) || a.kind === 'place')) return a;
  return {
    id: a.id,
    name: a.name,
    kind: kind !== undefined && isChoice(a.kind) && a.kind !== 'place' ? kind : a.kind,
    aliases: a.aliases,
    parentId: a.parentId,
  };
}
