// Whether a name is a person or a body, settled across the corpus. A document that gives no clue
// ("Arwa Damon reported", "Zakaria said") guesses from how often it writes each word alone
// (actors/kinds.ts); another document often says which ("Arwa Damon, who …", "Mr. Zakaria").
// Every document's reading of one actor id on evidence is counted, and the most decide; a name
// no document reads on evidence is a person when its first word starts other names the corpus
// knows as people (a given name) or when it is alone the last word of them (a surname).
// Names the lexicon knows keep their kind.
import type { ActorDraft, DocContext } from '../context.ts';
import { changed } from '../objects.ts';
import { withoutArticle } from '../actors/spellings.ts';

type Choice = 'person' | 'organization';

interface Votes {
  name: string;
  /** Documents that read it as each kind on evidence. */
  sure: Record<Choice, number>;
}

/** People a word must start, or end, before the word says a person on its own. */
export const LEARNED_GIVEN = 2;


const isChoice = (kind: string): kind is Choice => kind === 'person' || kind === 'organization';
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
          .set(a.id, { name: a.name, sure: { person: 0, organization: 0 } })
          .get(a.id)!;
      if (!a.guessed) v.sure[a.kind]++;
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

/**
 * The kind the corpus gives a name, or undefined to keep each document's. Guesses are never
 * counted against each other (they only echo how each document happened to write the name), and
 * one word alone becomes a person only as a surname the corpus knows ("Mr. Zakaria", "Zakaria
 * said" may be a body's name too: "Al-Arabiya said").
 */
function choose(v: Votes, people: (words: string[]) => boolean): Choice | undefined {
  const { sure } = v;
  const words = v.name.split(' ');
  if (sure.organization > sure.person) return 'organization';
  if (sure.person > sure.organization && words.length > 1) return 'person';
  if (sure.organization === 0 && people(words)) return 'person';
  return undefined;
}

/** The draft as the corpus settles it: its kind, and no mark of a guess left. */
function settledDraft(a: ActorDraft, kind: Choice | undefined): ActorDraft {
  if (!a.guessed && (kind === undefined || kind === a.kind || !isChoice(a.kind))) return a;
  return {
    id: a.id,
    name: a.name,
    kind: kind !== undefined && isChoice(a.kind) ? kind : a.kind,
    aliases: a.aliases,
    parentId: a.parentId,
  };
}
