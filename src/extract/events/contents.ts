// What a text says and what a denial takes back are no occurrences: "the plan calls for a
// withdrawal", "the deal paves the way for elections", "the law provides for fines" tell a
// document's content (its adoption or signing is the event); "denied reports that troops had
// entered", "reports that he had died were false" tell what did not happen (the denial is the event).
import type { Token } from '../language/analyze.ts';
import type { VerbClause } from './verbClauses.ts';
import { flatMapOf, mapOf } from '../lists.ts';
import lists from './contents.json' with { type: 'json' };
import { DENIALS } from '../attribution/cueVerbs.ts';
import { POSSESSIVES } from './words.ts';

const DOCUMENTS = new Set(lists.documents);
const CONTENT_VERBS = new Set(lists.contentVerbs);
const CONTENT_VERBS_PAST = new Set(lists.contentVerbsPast);
const REPORT_NOUNS = new Set(lists.reportNouns);
const UNTRUE = new Set(lists.untrue);
const PLAN_NOUNS = new Set(lists.planNouns);
const NOT = /^(?:not|n't|n’t|never)$/;
/** Relative pronouns before a verb: "which plans", "who plan". */
const RELATIVES = new Set(['which', 'who']);
const SUBJECT_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'ADV', 'ADP']);
const lower = (t: Token) => t.lower;
const SUBJECTS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const QUANTIFIERS = new Set(['many', 'most', 'some', 'few', 'several', 'both', 'all', 'others']);

/** The noun that heads the subject: the last noun before the verb, before any preposition ("the plan of the council" → plan). */
function subjectNoun(clause: VerbClause): Token | null {
  const head = clause.head;
  if (!head) return null;
  const before = clause.tokens.slice(0, clause.tokens.indexOf(head)).filter((t) => t !== clause.opener && !clause.group.includes(t));
  if (!before.length || !before.every((t) => SUBJECT_WORDS.has(t.pos) || /^['’]s?$/.test(t.text) || t.text === '-')) return null;
  const of = before.findIndex((t) => t.pos === 'ADP');
  const core = of >= 0 ? before.slice(0, of) : before;
  const noun = core.findLast((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  return noun ?? null;
}

/**
 * "The plan calls for a withdrawal", "the new law provides for fines", "the resolution called on
 * the north to disarm": a document as the subject of a verb that tells what it lays down ("the
 * deal would allow exports" is a possibility already). Not "the deal collapsed", "the law comes into force on Monday".
 */
export function documentContent(clause: VerbClause): boolean {
  const head = clause.head;
  if (!head || clause.copula) return false;
  const noun = subjectNoun(clause);
  if (!noun || !DOCUMENTS.has(lower(noun))) return false;
  const group = clause.group.map(lower);
  const w = lower(head);
  const present =
    !group.length &&
    (w === `${head.lemma}s` ||
      w === `${head.lemma}es` ||
      w === `${head.lemma.replace(/y$/, '')}ies` ||
      (w === head.lemma && /s$/.test(lower(noun))));
  if (present && CONTENT_VERBS.has(head.lemma)) return true;
  const past = !group.length && /ed$/.test(w);
  return past && CONTENT_VERBS_PAST.has(head.lemma);
}

/**
 * "The army denied reports that troops had entered the town", "denied that troops had entered",
 * "Reports that the general had died were false": what is denied or said to be untrue.
 */
export function denied(clause: VerbClause, previous: VerbClause | null): boolean {
  const opener = clause.opener ? lower(clause.opener) : null;
  if (opener !== 'that' && opener !== null) return false;
  const before = clause.before;
  const reportNoun = !!before && REPORT_NOUNS.has(lower(before));
  // "Reports that the general had died were false": one clause up to the judgement.
  if (opener === 'that' && reportNoun) {
    const words = clause.tokens.map(lower);
    const be = words.findIndex((w, i) => /^(?:was|were|is|are|proved|proven)$/.test(w) && i > words.indexOf('that'));
    const judged = be >= 0 ? words.slice(be + 1, be + 4) : [];
    // "were not false": a report upheld.
    const untrue = judged.findIndex((w) => UNTRUE.has(w));
    if (untrue >= 0 && !judged.slice(0, untrue).some((w) => NOT.test(w))) return true;
  }
  // "dismissed claims that had been filed by the families": a "that" with no subject of its own is a relative clause.
  if (opener === 'that' && clause.head && !clause.tokens.slice(0, clause.tokens.indexOf(clause.head)).some((t) => SUBJECTS.has(t.pos)))
    return false;
  const governor = previous?.head;
  // "did not deny the soldiers had been killed": a denial denied.
  if (!governor || !DENIALS.has(governor.lemma) || previous!.group.some((t) => NOT.test(lower(t)))) return false;
  // "rejects the decisions taken": with no "that", only a finite verb makes a clause of its own.
  const head = clause.head;
  const finite = !!head && (clause.group.some((t) => t.pos === 'AUX') || /ed$/.test(lower(head)));
  if (opener === null && !finite) return false;
  // The clause hangs on the denial: right after it, or after a noun of report that it takes;
  // with no "that", only right after "deny" ("denied he had left", not "dismiss a law critics had labeled").
  const last = previous!.tokens.findLast((t) => t.pos !== 'PUNCT');
  const bareAfterDeny = opener === null && governor.lemma === 'deny' && last === governor;
  return before === governor || (reportNoun && previous!.tokens.includes(before!)) || bareAfterDeny;
}

/**
 * "The city approved a plan to build a bridge", "announced plans to hire 500 workers", "his plan
 * to abolish the tax": the infinitive after a noun of a plan is only planned. Not "the group plans
 * to send a team on Monday", "leaders plan to move this week" (a verb right after its subject).
 */
export function plannedAim(clause: VerbClause, previous: VerbClause | null): boolean {
  const plan = clause.before;
  if (lower(clause.opener ?? plan ?? clause.tokens[0]!) !== 'to' || !plan || !PLAN_NOUNS.has(lower(plan))) return false;
  const around = [...(previous?.tokens ?? []), ...clause.tokens];
  const prior = around[around.indexOf(plan) - 1];
  if (!prior) return false;
  // "Police plan to close the road", "Many plan to return", "which plans to open": with no verb
  // before it, "plan" after a subject that is no article or possessive is the verb.
  const earlier = around.slice(0, around.indexOf(plan));
  const verbBefore = earlier.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  // "the firm, which plans to open a plant": after a relative pronoun, "plans" is the verb.
  if (RELATIVES.has(lower(prior))) return false;
  const marked = prior.pos === 'DET' || /^['’]s?$/.test(prior.text) || POSSESSIVES.has(lower(prior));
  // "Many plan", "The two plan" (not "the 15-point plan", "ambitious plans").
  const counted =
    (QUANTIFIERS.has(lower(prior)) && (earlier.length === 1 || earlier.at(-2)?.pos === 'PUNCT')) ||
    (prior.pos === 'NUM' && !/-/.test(prior.text) && earlier.length <= 2);
  if (!verbBefore && !marked && (['NOUN', 'PROPN', 'PRON'].includes(prior.pos) || counted)) return false;
  // "a plan", "announced plans", "ambitious plans", "Syria's plans", "his plan", "a 15-point plan".
  if (['DET', 'ADJ', 'VERB', 'ADP', 'NUM'].includes(prior.pos) || /^['’]s?$/.test(prior.text) || POSSESSIVES.has(lower(prior))) return true;
  // "the power transfer plan": a singular noun before a singular "plan" makes one noun.
  return (prior.pos === 'NOUN' || prior.pos === 'PROPN') && !/s$/.test(lower(plan)) && !/s$/.test(lower(prior));
}

/** Words that open a clause beyond what a denial takes: "denied it and said …", "denied it, but …". */
const BEYOND_DENIAL = /^(?:and|but|while|whereas|or|although|though|after|when|as|before|because|since|until|once)$/;
/** Of those, the ones that go beyond it wherever they stand: "denies targeting civilians, but one man says …". */
const CONTRASTING = /^(?:but|while|whereas|although|though)$/;
/** And the ones that do after a comma: "denied it, and the funeral drew …", "the fire, which was put out …". */
const AFTER_COMMA = /^(?:and|which|who)$/;

/** Words that may stand between "and" and its verb: "and in turn accused", "and then said", "and also". */
const BEFORE_SECOND_VERB = new Set(['ADV', 'ADP', 'PART', 'PUNCT']);

/**
 * "denied the claim and accused the rebels", "denied he had left and in turn accused his rival":
 * an "and" right before a verb in the past of its own (nothing but adverbs between, no subject, no
 * auxiliary) opens a second act of the one who denies. Not "denied killing and robbing them".
 */
function sharedSubjectAnd(clauses: readonly VerbClause[]): Token | null {
  const tokens = flatMapOf(clauses, (c) => c.tokens);
  const heads = new Map(mapOf(clauses, (c) => [c.head, c] as const));
  for (const [i, t] of tokens.entries()) {
    if (i === 0 || lower(t) !== 'and') continue;
    let j = i + 1;
    while (j < tokens.length && !heads.has(tokens[j]!) && (BEFORE_SECOND_VERB.has(tokens[j]!.pos) || lower(tokens[j - 1]!) === 'in')) j++;
    const head = tokens[j];
    const clause = head && heads.get(head);
    if (!clause || clause.group.length || !/ed$/.test(lower(head)) || head.pos !== 'VERB') continue;
    return t;
  }
  return null;
}

/**
 * Where what a denial denies ends, given the clauses of what follows the verb of denying: at the
 * first clause opened by "and", "but", "while" …, by "and" or "which" after a comma, or by a
 * participle after a comma ("denied using his air force but said planes had bombed depots",
 * "denied the claim, saying …", "denied setting the fire, which was put out"): what comes there is
 * told in its own right. `end`: where the words after the verb end.
 */
export function deniedUpTo(clauses: readonly VerbClause[], end: number): number {
  const and = sharedSubjectAnd(clauses);
  for (const [k, c] of clauses.entries()) {
    if (and && and.start < c.end) return and.start;
    // "…, but one man says", "…, and the funeral drew", "…, which was put out", "…, saying they are fighting".
    const beyond = c.tokens.find(
      (t, i) =>
        i > 0 &&
        (CONTRASTING.test(lower(t)) ||
          (c.tokens[i - 1]!.text === ',' && (AFTER_COMMA.test(lower(t)) || (t === c.head && !c.group.length && /ing$/i.test(t.text))))),
    );
    if (beyond) return beyond.start;
    // "denied any wrongdoing after troops entered the town": a clause of its own, whatever the denial takes.
    if (c.opener && BEYOND_DENIAL.test(lower(c.opener)) && (k > 0 || !/^(?:and|or)$/.test(lower(c.opener))))
      return Math.min(c.start, c.opener.start);
    // "denied the attack that killed 40 soldiers": a relative clause on a noun other than a report tells an occurrence.
    if (c.opener && /^(?:that|who|which)$/.test(lower(c.opener)) && c.before?.pos === 'NOUN' && !REPORT_NOUNS.has(lower(c.before)))
      return Math.min(c.start, c.opener.start);
    if (k === 0) continue;
    // "denied that he had taken bribes; he resigned the next day": a second clause with a subject and no opener.
    const subject = !!c.head && c.tokens.slice(0, c.tokens.indexOf(c.head)).some((t) => SUBJECTS.has(t.pos));
    if (!c.opener && subject && c.group.every((t) => t.pos !== 'AUX')) return c.start;
    const first = c.tokens.find((t) => t.pos !== 'PUNCT');
    // Not "denied beating and robbing them": two things denied.
    const afterComma = !/^(?:and|or)$/.test(lower(clauses[k - 1]!.tokens.at(-1) ?? c.tokens[0]!));
    if (!c.opener && !c.group.length && !!c.head && first === c.head && /ing$/i.test(c.head.text) && afterComma) return c.start;
  }
  return end;
}

/**
 * Where what the denial in clause `k` denies ends ("The mayor denied he had taken a bribe",
 * "denied reports that the crew had mutinied, saying …"), when the clause after it is what it denies; else null.
 */
export function deniedEnd(clauses: readonly VerbClause[], k: number): number | null {
  const next = clauses[k + 1];
  if (!next || !denied(next, clauses[k]!)) return null;
  const rest = clauses.slice(k + 1);
  const end = deniedUpTo(rest, rest.at(-1)!.end);
  return end > next.start ? end : null;
}
