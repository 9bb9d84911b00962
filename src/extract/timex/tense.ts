// Which way an expression without a year or week points: a bare "Friday" or "Dec. 14" is read
// in the past or the future of the document date according to the verb group that governs it,
// as HeidelTime does with part-of-speech tags; here the verb group is read off a few word lists.
import type { Span } from './types.ts';
import { IRREGULAR_PARTICIPLES, IRREGULAR_PASTS, VERB_FORMS, pastOf } from '../language/verbForms.ts';
import { SAID_RIGHT_BEFORE } from './saying.ts';
import { CUE_KINDS, sayingForms } from '../language/saying.ts';

/**
 * 'past' for a past verb that may report what lies ahead ("said the plant closes in January");
 * 'done' for a past verb of the event itself ("was arrested on Jan. 5"), which cannot lie ahead.
 */
export type Tense = 'past' | 'done' | 'future' | null;

/** Modals that put their clause ahead of the document date ("will meet", "would be paid"). */
const MODALS = new Set(['will', "'ll", 'shall', "won't", 'wont', 'would', 'gonna', 'may', 'might', 'should', 'must']);
/** Words of plans and schedules: they look ahead on their own, and with "to" after them ("plans to meet"). */
const PLANS = [
  'plans',
  'plan',
  'planning',
  'planned',
  'intends',
  'intend',
  'expects',
  'expect',
  'expected',
  'scheduled',
  'due',
  'slated',
  'aims',
  'hopes',
  'seeks',
  'projected',
];
/** Verbs of intention or schedule: with "to" after them, what follows lies ahead ("agreed to meet", "is to resume"). */
const INTENT = new Set([
  ...PLANS,
  'agreed',
  'agree',
  'agrees',
  'decided',
  'voted',
  'promised',
  'pledged',
  'vowed',
  'offered',
  'threatened',
  'set',
  'going',
  'is',
  'are',
  'am',
  'supposed',
  'ready',
]);
/** Words that look ahead on their own ("payable Dec. 1", "the upcoming vote", "until Friday"). */
const FUTURE_WORDS = new Set([
  ...PLANS,
  'upcoming',
  'next',
  'tomorrow',
  'payable',
  'effective',
  'forecasts',
  'until',
  'till',
  'deadline',
  'deadlines',
]);
/**
 * Present-tense verbs of schedule: news writes what is planned in the present ("the two leaders
 * meet Monday", "the trial opens in March"), so with a day or month named they look ahead.
 */
const SCHEDULED = new Set([
  'meet',
  'meets',
  'begin',
  'begins',
  'start',
  'starts',
  'open',
  'opens',
  'resume',
  'resumes',
  'arrive',
  'arrives',
  'leave',
  'leaves',
  'visit',
  'visits',
  'vote',
  'votes',
  'travel',
  'travels',
  'return',
  'returns',
  'convene',
  'convenes',
  'expire',
  'expires',
  'testify',
  'testifies',
  'face',
  'faces',
  'host',
  'hosts',
  'depart',
  'departs',
  'ends',
  'runs',
  'closes',
  'reopens',
  'reopen',
  'kicks',
  'premieres',
  'airs',
  'concludes',
  'launches',
  'go',
  'goes',
  'play',
  'plays',
  'sits',
  'holds',
]);
/** Irregular pasts spelled as their present ("cut", "set", "let"), from the verb-forms table. */
const SAME_AS_PRESENT = new Set(Object.keys(VERB_FORMS).filter((lemma) => pastOf(lemma) === lemma));
/**
 * Past words that leave room ahead: verbs of saying (language/saying.json: "said the plant
 * closes in June", "urged a vote in March"), of thought ("thought", "hoped"),
 * auxiliaries and words of time ("was", "has", "since"), whose clause may still name a date
 * after the document's.
 */
const LOOSE_PAST = new Set([
  ...sayingForms([...CUE_KINDS, 'spoke'], { lemma: false, s: false }),
  'says',
  'thought',
  'knew',
  'hoped',
  'feared',
  'ago',
  'last',
  'earlier',
  'since',
  'has',
  'have',
  'been',
  'was',
  'were',
  'had',
]);
/** Verbs (lemmas) whose past says the past whatever comes before it ("made", "went", "said"). */
const SURE_PAST_VERBS =
  'say tell make come go take give get begin hold leave meet send spend see find fall rise win lose pay sell buy bring think know lead run strike shoot become break choose drive fly fight grow keep mean speak stand steal teach throw write';
const PAST_WORDS = new Set([
  ...SURE_PAST_VERBS.split(' ').map(pastOf),
  ...'says was were had did ago last yesterday earlier since has have agreed announced reported been'.split(' '),
]);
/**
 * The other irregular pasts: the event happened ("the storm hit", "the army withdrew"), unless a
 * modal or a bare-infinitive word before one spelled as its present makes it a present ("to cut").
 */
const IRREGULAR_PAST = new Set([...IRREGULAR_PASTS].filter((w) => !PAST_WORDS.has(w)));
/**
 * Words before a future word that move it into the past: "had been due to expire Friday",
 * "previously planned" name a plan made before, for a day now past ("were planning to" still holds).
 */
const PAST_AUX = new Set(['had', 'previously', 'originally', 'initially']);
/** Words that make a participle after them a verb of its own clause ("was planned", "it planned"), not a noun's qualifier. */
const BEFORE_A_VERB = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'has',
  'have',
  'had',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'who',
  'which',
  'that',
  'not',
]);
/** Words between an auxiliary and its verb that do not change the tense ("had not yet been"). */
const FILLER = new Set(['been', 'not', 'also', 'still', 'already', 'yet', 'then', 'once', 'never', 'just']);
/** Intention verbs that, after a fronted time ("On Friday, the government planned to pay"), are the past main verb. */
const PAST_AS_MAIN = new Set(['planned', 'expected', 'scheduled', 'projected', 'forecast', 'hoped', 'intended']);
/** Words in "-ed" that are no past ("red", "need", "succeed"): whole words, so "declared" stays a past. */
const NOT_VERB =
  /^(?:red|bed|shed|embed|hundred|kindred|hatred|sacred|need|feed|seed|weed|deed|breed|speed|greed|heed|reed|steed|bleed|creed|tweed|indeed|naked|wicked|wretched|rugged|ragged|crooked|beloved|aged|learned|blessed)$|ceed$/;
/** How many words back the governing verb may stand: a clause ("who stepped down as chairman… in March"). */
const BACK_WORDS = 12;
const AHEAD_WORDS = 8;
/** How far the near words reach, in characters: about the twelve words back and eight ahead read first. */
const NEAR_BACK_CHARS = 140;
const NEAR_AHEAD_CHARS = 80;
/** Failing a cue that near, the rest of the sentence: the main verb after a long fronted phrase ("In January, a week after …, a bombing killed"). */
const SENTENCE_CHARS = 300;

/** Words lower-cased once per call (curly apostrophes straightened); `capital` marks names. */
interface Words {
  w: string[];
  capital: boolean[];
}

/** Words that are nouns or adjectives as often as tense words ("its plan", "a rate cut", "the last day", "a split in the party"). */
const NOUN_TOO = new Set([
  'plan',
  'plans',
  'forecast',
  'forecasts',
  'cut',
  'cuts',
  'hit',
  'hits',
  'set',
  'cost',
  'costs',
  'last',
  'beat',
  'bet',
  'bets',
  'bid',
  'bids',
  'broadcast',
  'broadcasts',
  'cast',
  'casts',
  'read',
  'split',
  'splits',
  'thrust',
  'upset',
  'visit',
  'vote',
  'return',
  'start',
  'end',
]);
/** Words that start an object after a verb ("hit the coast", "cut 200 jobs", "beat them"). */
const OBJECT_START = /^(?:a|an|the|its|their|his|her|our|my|your|this|that|these|those|him|them|us|me|it|some|all|\d.*)$/;
/** Articles and possessives: what a noun or an adjective follows ("the proposed sale", "its plan"). */
const ARTICLES = ['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'my', 'your'];
const DETERMINERS = new Set([...ARTICLES, 'this', 'that', 'these', 'those', 'no', 'any', 'each', 'every', 'another']);
/** Words before which a verb is bare, not past: "to cut", "did not hit", "can't quit". */
const BARE_BEFORE = new Set([
  'to',
  'get',
  'gets',
  'getting',
  'got',
  'do',
  'does',
  'did',
  'not',
  "don't",
  "doesn't",
  "didn't",
  'can',
  "can't",
  'cannot',
  'could',
  'let',
  "let's",
]);
/** Words before an "-ed" word that make it an adjective ("a still unspecified date", "the proposed sale"); "un-…ed" is one too. */
const ADJECTIVE_BEFORE = new Set([...ARTICLES, 'still', 'newly', 'very']);
/** Intention words that are nouns before these ("vacation plans for the trip", "hopes of a deal"). */
const NOUN_AFTER = new Set(['for', 'of', 'and', 'or', 'that', 'were', 'was', 'are', 'is']);
/** "plans", "hopes", "aims": nouns before NOUN_AFTER words ("its plans for", "hopes of"). */
const PLAN_NOUNS = new Set(['plan', 'plans', 'hopes', 'aims']);
/** "he's", "they’re": a contracted "is" or "are" (words are tested once each, so no pattern per word). */
const contractedBe = (w: string): boolean => w.endsWith("'s") || w.endsWith('’s') || w.endsWith("'re") || w.endsWith('’re');

function cueOf(ws: Words, i: number): Tense {
  const w = ws.w[i]!;
  const next = ws.w[i + 1] ?? '';
  if (w === 'next' && next === 'to') return null; // "next to the embassy" is a place
  if (PLAN_NOUNS.has(w) && NOUN_AFTER.has(next)) return null;
  const prev = ws.w[i - 1];
  if (prev === undefined && (w === 'deadline' || w === 'deadlines')) return null; // "by the Tuesday deadline"
  // "its plan", "a rate cut", "his last match": nouns and adjectives after a determiner say no tense.
  // Two words after one ("a rate cut in", "the storm hit the coast"), an object after it makes the verb.
  if (NOUN_TOO.has(w) && (DETERMINERS.has(prev ?? '') || (DETERMINERS.has(ws.w[i - 2] ?? '') && !OBJECT_START.test(next)))) return null;
  if ((w === 'deadline' || w === 'deadlines') && !/^(?:is|was|for|of|falls|expires|looms|comes|set)$/.test(next)) return null; // "missed the deadline on Friday"
  if (w.endsWith("'ll") || w.endsWith('’ll')) return 'future'; // "I'll", "we’ll"
  // A present of being with a date is a schedule: "the election is in November", "the match is
  // on Saturday", "he's retiring in December"; a participle after it is read by groupTense.
  if (w === 'is' || w === 'are' || w === 'am' || (contractedBe(w) && next.endsWith('ing'))) return 'future';
  if (w === 'ahead' && next === 'of') return 'future'; // "ahead of the Nov. 5 election"
  if ((w === 'come' || w === 'comes') && next === 'into') return 'future'; // "comes into force in January"
  if ((w === 'take' || w === 'takes') && /^(?:effect|place|office)$/.test(next)) return 'future'; // "the rules take effect Monday"
  if (MODALS.has(w) || FUTURE_WORDS.has(w)) return 'future';
  // A verb of schedule needs a word before it that is no determiner: "the June vote", "his visit" are nouns.
  if (SCHEDULED.has(w) && !ws.capital[i] && prev !== undefined && !ADJECTIVE_BEFORE.has(prev) && !BARE_BEFORE.has(prev)) return 'future';
  if (PAST_WORDS.has(w)) return LOOSE_PAST.has(w) ? 'past' : 'done';
  if (w === 'set' && (next === 'for' || next === 'to')) return 'future'; // "a summit set for April"
  // "could meet in August" looks ahead; "could not attend", "could have won" do not.
  if (w === 'could') return next === 'not' || next === 'have' ? null : 'future';
  // "cut", "hit", "put" are also the present and the infinitive: "to cut", "will cut", "does not
  // hit"; as a past they leave the room ahead a present would ("the rules let banks lend in August").
  if (IRREGULAR_PAST.has(w) && !ws.capital[i])
    return prev !== undefined && (BARE_BEFORE.has(prev) || MODALS.has(prev)) ? null : SAME_AS_PRESENT.has(w) ? 'past' : 'done';
  if (!ws.capital[i] && /^[a-z]{3,}ed$/.test(w) && !NOT_VERB.test(w) && !/^un/.test(w) && !ADJECTIVE_BEFORE.has(prev ?? ''))
    return LOOSE_PAST.has(w) ? 'past' : 'done';
  return null;
}

/** The auxiliary right before words[i], skipping fillers ("had not been" → "had"). */
function auxBefore(words: readonly string[], i: number): string {
  let j = i - 1;
  while (j >= 0 && (FILLER.has(words[j]!) || (/^[a-z]{3,}ly$/.test(words[j]!) && !PAST_AUX.has(words[j]!)))) j--;
  return j >= 0 ? words[j]! : '';
}

/**
 * The tense of the verb group around words[i], a cue found looking back: a participle after a
 * modal ("will be paid") looks ahead; a future word after a past auxiliary ("had been due")
 * looks back; "would have" is a past that did not happen.
 */
function groupTense(words: readonly string[], i: number, cue: Tense): Tense {
  const w = words[i]!;
  if (MODALS.has(w)) return words[i + 1] === 'have' ? 'past' : 'future';
  if (cue === 'future' && PAST_AUX.has(auxBefore(words, i))) return 'past';
  if ((cue === 'past' || cue === 'done') && (w.endsWith('ed') || PAST_WORDS.has(w) || IRREGULAR_PAST.has(w))) {
    const aux = auxBefore(words, i);
    if (aux === 'be' || aux === 'being') {
      // "will be paid", "may be cut", "could be held" look ahead; "could not be located" does not.
      const modal = auxBefore(words, i - 1);
      const denied = words.slice(Math.max(0, i - 8), i).some((x) => /^(?:not|never|neither|nor|no)$/.test(x) || x.endsWith("n't"));
      return MODALS.has(modal) || modal === 'can' || modal === 'to' || (modal === 'could' && !denied) ? 'future' : cue;
    }
    // "when the case is heard in May": a present passive says nothing of the past.
    if (aux === 'is' || aux === 'are') return null;
    // A present perfect takes no date of its own ("has invited them to a ceremony on March 12"):
    // the date belongs to what the verb leads to, so only the looser past holds.
    if (cue === 'done' && (aux === 'has' || aux === 'have')) return 'past';
  }
  return cue;
}

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019; // ’

/**
 * One pass over the slice: each word (a letter, then letters and apostrophes) lower-cased from a
 * lower-cased copy, its capital noted. Read by character codes: no match object per word.
 */
function wordsOf(slice: string): Words {
  const lower = slice.toLowerCase();
  const out: Words = { w: [], capital: [] };
  const n = slice.length;
  for (let i = 0; i < n;) {
    const c = slice.charCodeAt(i);
    if (!isLetter(c)) {
      i++;
      continue;
    }
    let e = i + 1;
    let curly = false;
    for (; e < n; e++) {
      const d = slice.charCodeAt(e);
      if (d === RIGHT_QUOTE) curly = true;
      else if (!isLetter(d) && d !== APOSTROPHE) break;
    }
    const word = lower.slice(i, e);
    out.w.push(curly ? word.replace(/’/g, "'") : word);
    out.capital.push(c < 97);
    i = e;
  }
  return out;
}

/** "as soon as Tuesday", "as early as next week", "as soon as trading opens Monday" look ahead. */
function soonBefore(words: readonly string[]): boolean {
  for (let i = words.length - 1; i >= Math.max(2, words.length - 6); i--) {
    if (words[i] === 'as' && words[i - 2] === 'as' && (words[i - 1] === 'soon' || words[i - 1] === 'early')) return true;
  }
  return false;
}

/** Words after "to" that make it a preposition ("offered to the public"), not an infinitive. */
const NOT_VERB_AFTER_TO = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'this',
  'that',
  'these',
  'those',
  'him',
  'them',
  'us',
  'me',
]);

/**
 * "to" + verb after an intention verb ("plans to meet", "is to resume") somewhere before the
 * expression, and the index of its "to"; -1 when there is none.
 */
function intentBefore(words: readonly string[]): { tense: Tense; at: number } {
  for (let i = words.length - 2; i >= 1; i--) {
    if (words[i] !== 'to' || !INTENT.has(words[i - 1]!) || NOT_VERB_AFTER_TO.has(words[i + 1]!)) continue;
    return { tense: PAST_AUX.has(auxBefore(words, i - 1)) ? 'past' : 'future', at: i };
  }
  return { tense: null, at: -1 };
}

/** "is expected to", "are scheduled to": a participle after a present of "be" looks ahead. */
const PRESENT_BE = new Set(['is', 'are', 'am', "'s", 'be']);

/**
 * A past event verb whose object lies ahead keeps only the looser past: "subpoenaed him to testify
 * on Feb. 10" (an infinitive between), "was extended to Nov. 16" (a target date).
 */
function aimedAhead(words: readonly string[], i: number, tense: Tense): Tense {
  if (tense !== 'done') return tense;
  if (/^(?:to|until|till|by|through)$/.test(words[words.length - 1] ?? '')) return 'past';
  for (let k = i + 1; k < words.length - 1; k++) if (words[k] === 'to' && !NOT_VERB_AFTER_TO.has(words[k + 1]!)) return 'past';
  return tense;
}

/** Verbs of saying: after the expression they attribute the clause ("until May, the ministry said"), they do not end it. */
const SAYING = new Set(['said', 'says', 'told', 'added', 'noted', 'stated']);

/** A past verb among the first words after the expression ("until Thursday, they had not"). */
function pastSoon(ahead: Words): boolean {
  for (let i = 0; i < Math.min(4, ahead.w.length); i++) {
    if (SAYING.has(ahead.w[i]!)) continue;
    const cue = cueOf(ahead, i);
    if (cue === 'past' || cue === 'done') return true;
  }
  return false;
}

/**
 * Cues that govern only a date close after them: "is in November", "ahead of the Nov. 5 election"
 * ("it is continuing to try to sell itself, under a June agreement" says nothing of June).
 */
function closeEnough(word: string, distance: number): boolean {
  if (PRESENT_BE.has(word)) return distance <= 4;
  // "ahead of the Nov. 5 election", "ahead of a crucial vote Wednesday"
  if (word === 'ahead') return distance <= 5;
  return true;
}

/**
 * The words of the clause before and after [start, end), up to the given reach in characters and
 * never past a semicolon ("revenue fell; the second half looks better" has two tenses).
 */
function clauseWords(
  text: string,
  sentence: Span,
  start: number,
  end: number,
  backChars: number,
  aheadChars: number,
): { back: Words; ahead: Words } {
  const from = Math.max(sentence.start, start - backChars);
  const to = Math.min(sentence.end, end + aheadChars);
  const clauseStart = from + text.slice(from, start).lastIndexOf(';') + 1;
  const back = wordsOf(text.slice(clauseStart, start));
  // The first word of a sentence has a capital that makes no name ("Asked on Friday, he…").
  if (clauseStart === sentence.start && back.capital.length > 0) back.capital[0] = false;
  const semicolon = text.slice(end, to).indexOf(';');
  const all = wordsOf(text.slice(end, semicolon < 0 ? to : end + semicolon));
  // A name stays as an empty word: it is no cue, yet "the National League plans" is no "the plans".
  return { back, ahead: { w: all.w.map((w, i) => (all.capital[i] ? '' : w)), capital: all.capital } };
}

/** A modal and the two words after it: "will be a holiday", "will be reviewed". */
const MODAL_AFTER = /^\s+(?:will|would|shall)\s+([a-z]+)(?:\s+([a-z]+))?/i;
/** Verbs of saying that head no participle clause ("the figures announced Friday", "the letter he wrote Saturday" do). */
const ONLY_SAYING = /\b(?:said|says|told|tells)\s+$/i;
/** What a day said of is, in a clause after the day: "Friday will be a holiday", "will mark", "will see". */
const DAY_PREDICATE = /^(?:be|mark|see|bring)$/;

/** Whether a past participle follows: "will be reviewed", "will be read"; the subject is then a thing done to, not the day. */
const isParticiple = (word: string | undefined): boolean =>
  word !== undefined && ((word.endsWith('ed') && !NOT_VERB.test(word)) || IRREGULAR_PARTICIPLES.has(word));

/**
 * "The president said Tuesday will be a day of mourning": the day is the subject of what is said.
 * "announced", "reported", "wrote" head a participle clause as often ("the cases reported Friday
 * will be reviewed"), so after them the day must be what the clause says is or will be.
 */
function daySaidAhead(before: string, after: string): boolean {
  const m = MODAL_AFTER.exec(after);
  if (!m || !SAID_RIGHT_BEFORE.test(before)) return false;
  if (ONLY_SAYING.test(before)) return true;
  const verb = m[1]!.toLowerCase();
  return DAY_PREDICATE.test(verb) && !(verb === 'be' && isParticiple(m[2]?.toLowerCase()));
}

/** The last tense cue of the words before the expression after an intention's "to" at `at`; -1 when none. */
function nearestCue(back: Words, at: number): number {
  for (let i = back.w.length - 1; i > at + 1; i--) if (cueOf(back, i)) return i;
  return -1;
}

/** The tense of the first verb group among the words after the expression, from word `from` to before `to`. */
function aheadCue(ahead: Words, from: number, to: number): Tense {
  for (let i = from; i < Math.min(ahead.w.length, to); i++) {
    const cue = cueOf(ahead, i);
    // A present after the expression speaks of now ("worth $130 million in October, are worth half now").
    if (!cue || PRESENT_BE.has(ahead.w[i]!) || ahead.w[i] === 'ahead') continue;
    if (PAST_AS_MAIN.has(ahead.w[i]!)) return PRESENT_BE.has(ahead.w[i - 1] ?? '') ? 'future' : 'past';
    return groupTense(ahead.w, i, cue);
  }
  return null;
}

/**
 * Tense around [start, end): the verb group of the nearest tense cue before the expression (up to
 * BACK_WORDS words), else the nearest after it (up to AHEAD_WORDS), else the rest of the clause
 * back then ahead; null when no word says.
 */
export function tenseAt(text: string, sentence: Span, start: number, end: number): Tense {
  // "Wednesday's ruling": a possessive names the day of an event already spoken of; the clause
  // around it ("they would appeal Wednesday's ruling") says nothing of when that day was.
  if (/^['’]s\b/.test(text.slice(end, end + 3)))
    return /\b(?:ahead\s+of|upcoming)\s+$/i.test(text.slice(Math.max(sentence.start, start - 16), start)) ? 'future' : null;
  // "The president said Tuesday will be a day of mourning": the day is the subject of what is
  // said, and the modal after it, not the verb of saying, tells which way it lies.
  if (daySaidAhead(text.slice(Math.max(sentence.start, start - 16), start), text.slice(end, end + 40))) return 'future';
  // The words of the clause near the expression first; the rest of the sentence only if they say nothing.
  let { back, ahead } = clauseWords(text, sentence, start, end, NEAR_BACK_CHARS, NEAR_AHEAD_CHARS);
  if (soonBefore(back.w)) return 'future';
  // An intention ("plans to cut jobs") governs what follows it, unless a verb stands between
  // ("plans to cut jobs this year, it said on Tuesday").
  const intent = intentBefore(back.w);
  if (intent.tense && (back.w.length - intent.at <= 3 || nearestCue(back, intent.at) < 0)) return intent.tense;
  // "loans through January" runs to a date ahead ("through his window Friday" is a place, not a span).
  if (back.w[back.w.length - 1] === 'through' && !pastSoon(ahead)) return 'future';
  for (let i = back.w.length - 1; i >= Math.max(0, back.w.length - BACK_WORDS); i--) {
    const cue = cueOf(back, i);
    if (!cue || !closeEnough(back.w[i]!, back.w.length - i)) continue;
    // "until Thursday" sets a deadline ahead, unless the clause says it is over ("until Thursday, they had not").
    if ((back.w[i] === 'until' || back.w[i] === 'till') && pastSoon(ahead)) return 'past';
    // "did not reopen until the fall": a past denied until then happened then ("gave them until
    // Tuesday" still sets a deadline ahead).
    if (
      (back.w[i] === 'until' || back.w[i] === 'till') &&
      back.w.slice(Math.max(0, i - 5), i).some((w) => w === 'not' || w === 'never' || w.endsWith("n't"))
    ) {
      for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
        // Read as its verb group: "will not be certified until January" still looks ahead.
        const cue = cueOf(back, k);
        const before = cue && groupTense(back.w, k, cue);
        if (before === 'past' || before === 'done') return 'done';
        if (cue) break;
      }
    }
    // "a service planned for Saturday was canceled": a participle after a noun qualifies it; the
    // clause's own verb, just after the expression, says when.
    if (PAST_AS_MAIN.has(back.w[i]!) && !BEFORE_A_VERB.has(back.w[i - 1] ?? '') && /^(?:was|were)$/.test(ahead.w[0] ?? '')) return 'past';
    return aimedAhead(back.w, i, groupTense(back.w, i, cue));
  }
  const near = aheadCue(ahead, 0, AHEAD_WORDS);
  if (near) return near;
  // "to pay down the loan by February", with no verb near: a deadline lies ahead.
  if (back.w[back.w.length - 1] === 'by') return 'future';
  ({ back, ahead } = clauseWords(text, sentence, start, end, SENTENCE_CHARS, SENTENCE_CHARS));
  for (let i = back.w.length - BACK_WORDS - 1; i >= 0; i--) {
    const cue = cueOf(back, i);
    if (cue) return aimedAhead(back.w, i, groupTense(back.w, i, cue));
  }
  return aheadCue(ahead, AHEAD_WORDS, Infinity);
}
