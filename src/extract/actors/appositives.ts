// "Ana Lopes, a former Orvell engineer, …", "Orvell, the largest phone maker in Peru, …": a noun
// phrase set after a name between commas describes that person or organization, and is one more
// mention of it. Only a phrase after a name, that opens with an article (after "formerly", "now" …)
// and closes with a comma, a dash or a parenthesis is one; a phrase with a verb of its own ("In
// Lima, the shares have risen, …"), naming another actor of the same kind ("Ana Lopes, the
// wife of Tom Reyes, …") or running on for more than sixteen words is not. A person's role needs
// no article ("Ana Lopes, chief executive of Orvell, …", "…, former head of the agency, …"); a phrase
// that ends the sentence is one when its head says what the actor is ("… by Orvell, a market
// research firm.").
import type { ActorKind, ActorMention } from '../../model/dataset.ts';
import type { Sentence } from '../context.ts';
import lists from './names.json' with { type: 'json' };

const OPENS = /^,\s+(?:(?:formerly|previously|now|currently|then|also)\s+)?(?:a|an|the)\s/;
/** What a person or an organization is: "chief executive", "spokesman", "firm", "maker". */
const HEADS = {
  person: [...lists.descriptions.person, ...lists.roleNouns.split(' '), 'head', 'officer'],
  organization: [...lists.descriptions.organization, ...lists.makers.split(' ')],
};
/** A role with no article before the preposition that ties it to a body: ", chief executive of", ", former head of". */
const ROLE = new RegExp(
  String.raw`^,\s+(?:(?:former|acting|deputy|interim|co-)\s*)?(?:(?:${HEADS.person.join('|')})\s+){1,3}(?:of|for|at|to)\s`,
  'iu',
);
/** A phrase that runs to the sentence's end: "a market research firm." */
const FINAL = /^[^,;:()–—"“”]*?(?=[.!?]?["”’]?\s*$)/;
const HEAD_OF = Object.fromEntries(
  Object.entries(HEADS).map(([kind, words]) => [
    kind,
    new RegExp(String.raw`(?:^|\s)(?:${words.join('|')})(?:\s+(?:of|in|for|at|based)\b.*)?$`, 'i'),
  ]),
) as Record<string, RegExp>;
const PHRASE = /^[^,;:()–—"“”]*?(?=\s*(?:,|;|\(|\s[–—-]\s))/;
/** An auxiliary or a verb of saying makes a clause of the phrase: "the shares have risen", "the firm said". */
const FINITE = /(?:^|\s)(?:is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|said|says)(?:\s|$)/;
/** A name, not a pronoun or description: "Orvell", "The Daily Post". */
const NAME = /^(?:\p{Lu}(?!he\s+\p{Ll})|\p{Ll}{1,2}\p{Lu})/u;
const KINDS: readonly ActorKind[] = ['person', 'organization'];

export function findAppositives(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly ActorMention[],
  kindOf: (actorId: string) => ActorKind | undefined,
): ActorMention[] {
  const out: ActorMention[] = [];
  let s = 0;
  for (const [i, m] of mentions.entries()) {
    const kind = kindOf(m.actorId);
    if (!kind || !KINDS.includes(kind) || !NAME.test(m.text)) continue;
    while (s < sentences.length - 1 && sentences[s]!.end <= m.start) s++;
    const end = sentences[s]!.end;
    const rest = text.slice(m.end, end);
    const open = OPENS.exec(rest) ?? (kind === 'person' ? ROLE.exec(rest) : null);
    if (!open) continue;
    const start = m.end + open[0].search(/[^,\s]/);
    const final = FINAL.exec(text.slice(start, end));
    const phrase = PHRASE.exec(text.slice(start, end)) ?? (final && HEAD_OF[kind]!.test(final[0]) ? final : null);
    if (!phrase || phrase[0].split(/\s+/).length > 16 || FINITE.test(phrase[0])) continue;
    const stop = start + phrase[0].trimEnd().length;
    const inside = mentions.slice(i + 1).filter((x) => x.start >= start && x.end <= stop);
    if (inside.some((x) => x.actorId !== m.actorId && kindOf(x.actorId) === kind)) continue;
    if (mentions.some((x) => x.start === start && x.end === stop)) continue;
    out.push({ start, end: stop, text: text.slice(start, stop), actorId: m.actorId });
  }
  return out;
}

/** A title set after a name: "the prime minister", "the Palestinian leader", "the president of Gabon"; not "the former …". */
const TITLE_PHRASE = /^(?:[Tt]he|[Aa]n?)\s+(?:\p{Lu}[\p{L}.'’-]*\s+)?(\p{L}[\p{L}\s-]*?)(?:\s+(?:of|to|for)\s.*)?$/du;
const TITLES = new Set(lists.descriptions.person.map((t) => t.toLowerCase()));

/**
 * The title an appositive gives a person ("Ana Ruiz, the prime minister, …" → "prime minister"), in
 * lower case, or null: a phrase that only describes ("a former banker", "the former prime minister") gives none.
 */
export function appositiveTitle(phrase: string): string | null {
  const title = TITLE_PHRASE.exec(phrase.replace(/\s+/g, ' '))?.[1]?.toLowerCase();
  return title && TITLES.has(title) ? title : null;
}

/**
 * Whether an appositive's title is "of" something other than a country: "the president of the
 * student union", "the chief executive of Orvell", not "the president of Gabon". Such a title
 * names its holder again only where no one else of the document holds it ("President Mubarak").
 */
export function anotherOffice(phrase: string, isCountry: (name: string) => boolean): boolean {
  const found = TITLE_PHRASE.exec(phrase.replace(/\s+/g, ' '));
  const of = found?.[1] ? OF_WHAT.exec(found.input.slice(found.indices![1]![1])) : null;
  return of !== null && !isCountry(of[1]!);
}

/** What a title is "of": "… of |Gabon", "… of the |United States", "… of the |student union". */
const OF_WHAT = /^\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}.'’-]*)(?:\s+\p{Lu}[\p{L}.'’-]*)*|\p{Ll}+)/u;
