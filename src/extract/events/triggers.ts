// Finds the event word(s) of a clause. Three shapes, tried in the order that suits the date:
// a date before its noun ("a June 10 emergency session"), a noun before its date ("negotiation
// rounds since May 2024"), and the clause's main predicate ("has quietly escalated", or the object
// of a light verb: "faces collapse").
import type { Span } from '../context.ts';
import type { Token } from './words.ts';
import { isAdjective, isAux, isLight, isNounish, isNumber, isParticiple, isPreposition, isStop, isVerb } from './words.ts';

/** The head of the noun phrase starting at tokens[from], widened over the nouns before it. */
export function phraseHead(tokens: readonly Token[], from: number): Span | null {
  let last = -1;
  for (let i = from; i < tokens.length && i < from + 7; i++) {
    const t = tokens[i]!;
    if (i > from && t.breakBefore) break;
    if (isStop(t) || isAux(t)) break;
    if (t.possessive) {
      last = -1; // "Hamas’ demand": the head comes after the possessor
      continue;
    }
    // After the head noun, a verb form ends the phrase ("the ceasefire lasted"); before it, a
    // participle is an adjective ("undisclosed rounds") and a verb form is a noun ("a 42% drop").
    if (isParticiple(t) || isVerb(t)) {
      if (last >= 0) break;
      if (isParticiple(t)) continue;
      last = i;
      continue;
    }
    if (isNumber(t) || isAdjective(t)) continue;
    if (isNounish(t)) last = i;
  }
  return last < 0 ? null : widen(tokens, last, from);
}

/** The head of the noun phrase that ends at tokens[to - 1]. */
export function phraseHeadBefore(tokens: readonly Token[], to: number): Span | null {
  const t = tokens[to - 1];
  if (!t || !isNounish(t) || isAdjective(t)) return null;
  return widen(tokens, to - 1, Math.max(0, to - 4));
}

/** Extends a head leftwards over plain lower-case nouns: "negotiation rounds", "emergency session". */
function widen(tokens: readonly Token[], head: number, floor: number): Span {
  let first = head;
  while (first - 1 >= floor) {
    const t = tokens[first - 1]!;
    if (tokens[first]!.breakBefore || t.text !== t.lower || !isNounish(t) || isAdjective(t) || isNumber(t)) break;
    first--;
  }
  return { start: tokens[first]!.start, end: tokens[head]!.end };
}

/** A verb form that is not an auxiliary, nor a noun heading the subject of the verb after it ("fund remains"). */
function isVerbAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (isAux(t) || !isVerb(t)) return false;
  const next = tokens[i + 1];
  const finite = next && (isAux(next) || isLight(next) || (isVerb(next) && !/ing$/.test(next.lower)));
  return !(finite && !next.breakBefore && !/(?:ed|ing)$/.test(t.lower));
}

/** Whether a clause makes a statement: it has a verb, a light verb or an auxiliary. */
export function hasVerb(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => isVerbAt(tokens, i) || isLight(t) || isAux(t) || (isParticiple(t) && i > 0 && isNounish(tokens[i - 1]!)));
}

/**
 * The main predicate: the first verb that is not an auxiliary, or the object of a light verb.
 * `afterCue`: the tokens are what a source says ("[Qatari mediators report] 42% drop in …"),
 * which is often a bare noun phrase.
 */
export function predicate(tokens: readonly Token[], afterCue = false): Span | null {
  let from = 0;
  // An opening adverbial ("In Washington, …", "For the first time, …") is not the event.
  if (tokens[0] && isPreposition(tokens[0])) {
    const comma = tokens.findIndex((t, i) => i > 0 && t.breakBefore);
    if (comma > 0 && !afterCue) from = comma;
  }
  const rest = tokens.slice(from);
  if (afterCue) {
    const firstVerb = rest.findIndex((t, i) => isVerbAt(rest, i) || isLight(t) || isAux(t));
    const firstPreposition = rest.findIndex(isPreposition);
    if (firstPreposition >= 0 && (firstVerb < 0 || firstPreposition < firstVerb)) {
      const head = phraseHead(rest, firstPreposition === 0 ? 1 : 0);
      if (head) return head;
    }
  }
  for (let i = 0; i < rest.length; i++) {
    const t = rest[i]!;
    // "was heating", "had been arrested": the participle after an auxiliary is the verb.
    const next = rest[i + 1];
    if (isAux(t) && next && isParticiple(next) && !next.breakBefore) return { start: next.start, end: next.end };
    if (!isVerbAt(rest, i) && !isLight(t)) continue;
    if (isLight(t)) {
      let j = i + 1;
      while (j < rest.length && isStop(rest[j]!)) j++;
      const object = phraseHead(rest, j);
      if (object) return object;
    }
    return { start: t.start, end: t.end };
  }
  // No verb: a headline or a noun phrase ("42% drop in Gaza border violence").
  for (let i = 0; i < rest.length; i++) {
    if (isStop(rest[i]!)) continue;
    const head = phraseHead(rest, i);
    if (head) return head;
  }
  return null;
}
