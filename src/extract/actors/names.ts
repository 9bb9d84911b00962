// Names found from the shape of the text, with no lexicon: runs of capitalized words inside a
// sentence ("Hosni Mubarak", "General Motors Corporation", "Bank of America", "S&P 500"). What
// capitals do not tell is settled here once: a sentence's first word is a name only when the
// document writes it with a capital elsewhere too; a title-case headline says nothing by its
// capitals (its names are found later, as forms of the names in the body); titles and honorifics
// are cut off and remembered ("President Hosni Mubarak" → "Hosni Mubarak", a person).
import type { Span } from '../context.ts';
import lists from './names.json' with { type: 'json' };
import {
  KNOWN_PLACES,
  LEGAL_FORMS,
  CALENDAR,
  FUNCTION_WORDS,
  HONORIFICS,
  INSTITUTION_WORDS,
  NON_NAMES,
  TITLES,
  capitalRunEnd,
  isCamel,
  isCap,
  isCaps,
  headlineCells,
  isHeadline,
  isLabel,
  isRoleWord,
  opensClause,
  set,
} from './words.ts';
import { isModelAfter } from './products.ts';
import { brandShape, companyContext } from './companies.ts';
import { speakingPerson } from './lonePerson.ts';
import type { DocWords, Tok } from './words.ts';
import { isGivenName, maybeGivenName } from './givenNames.ts';
import { extend } from '../objects.ts';
import { PLACE_PARTICLES } from '../language/nameParticles.ts';

export interface NameRun extends Span {
  words: string[];
  /** The title or honorific cut off before the name ("Prime Minister", "Mr."), if any. */
  title: string | null;
  /** Where the title starts (the name's start when there is none). */
  roleStart: number;
  /** The word before the run, in lower case ("in" before a place). */
  before: string;
  /** The run is a possessor ("Apple's"). */
  possessive: boolean;
}

export const PARTICLES = set('de da del della der den van von al el bin ibn bint abu du dos di la le');
/** An Arabic article joined to the next part of a name: "Saif |al-Islam", "Jisr |al-Shughour", "Sharm |el-Sheikh". */
export const ARTICLE_PART = /^(?:al|el|ad|ar|as|ash|at|az|ez|an|en|ul)-\p{Lu}\p{Ll}/u;
/** Words after which "of" continues a name: "Bank of America", "Gulf of Mexico". */
const OF_HEADS = new Set([
  ...INSTITUTION_WORDS,
  ...set(lists.facilities),
  ...set(lists.places),
  ...set('Republic Kingdom Isle Cape Bank Secretary Ministry Department'),
]);
const INDEX_NAMES = set(lists.indexNames);
const INSTITUTION_TAILS = new Set(
  [lists.legalForms, lists.corporate, lists.institution, lists.facilities, lists.group, lists.media, lists.places].flatMap((l) =>
    l.split(' '),
  ),
);
const NOT_LAST = CALENDAR;
const COMMUNITIES = set(lists.communities);
/** A model's designation, letters, a hyphen and a number: "C-130", "UH-60", "P-3". */
export const DESIGNATION = /^\p{Lu}{1,3}-\d{1,4}\p{Lu}?$/u;
/** The words a place's "of" hangs on: "the city of Ramallah", "the cities of Biloxi and Gulfport". */
const PLACE_NOUNS = new Set([...set(lists.placeNouns), ...set(lists.placeNounPlurals)]);
const SITE_TAILS = new Set([...set(lists.facilities), ...set(lists.places)]);

/**
 * A sentence's first word opens a name only if the document never writes it in lower case, and
 * a capitalized word follows or the document writes it with a capital inside a sentence too (the
 * tagger calls most capitalized first words proper nouns, "Protesters" as well: only its other
 * tags are evidence).
 */
function nameAtStart(word: string, next: string | undefined, doc: DocWords, after: string): boolean {
  if (FUNCTION_WORDS.has(word.replace(/['’](?:s|re|ll|ve|d|m|t)$/, '')) || NON_NAMES.has(word) || doc.lower.has(word.toLowerCase()))
    return false;
  // "Europe is proposing debt relief": a known place is a name, even written once.
  if (KNOWN_PLACES.has(word)) return true;
  // "Wal-Mart said", "Vantrell shares fell": a brand's shape or a company's word after it (companies.ts).
  if (brandShape(word, doc) || companyContext('', after)) return true;
  // "Apple Computer announced": two capitalized words open a name, unless the first is a common word,
  // or is never written with a capital inside a sentence and comes before a brand or a model, which
  // make a name of their own ("Current PowerPC chips", "Additional C-17 flights").
  const brand = next !== undefined && /^\p{Lu}.*(?:\p{Ll}\p{Lu}|\d)/u.test(next);
  if (next !== undefined && isCap(next) && !FUNCTION_WORDS.has(next) && !(brand && !doc.capitals.get(word))) return true;
  if (next !== undefined && ARTICLE_PART.test(next)) return true; // "Saif al-Islam said"
  return (doc.capitals.get(word) ?? 0) > 0 || TITLES.has(word) || HONORIFICS.has(word);
}

/**
 * A sentence's first word that opens a body's name, capitalized words that end in an institution's
 * word, opened by a word that names no one alone: "Northern Command said", "Islamic Action Front
 * members".
 */
function bodyAtStart(toks: readonly Tok[], i: number): boolean {
  const word = toks[i]!.text;
  if (FUNCTION_WORDS.has(word) || toks[i]!.possessive) return false;
  let j = i + 1;
  while (j < toks.length && isCap(toks[j]!.text) && !FUNCTION_WORDS.has(toks[j]!.text) && !toks[j - 1]!.possessive) j++;
  if (j - i < 2 || !INSTITUTION_WORDS.has(toks[j - 1]!.text)) return false;
  return NON_NAMES.has(word);
}

/** "Halvorsen said he …": a sentence's first word that speaks and is "he" or "she" after, not a word the document writes in lower case. */
const speakerAtStart = (text: string, tok: Tok, doc: DocWords) =>
  !tok.possessive &&
  !FUNCTION_WORDS.has(tok.text) &&
  !NON_NAMES.has(tok.text) &&
  !doc.lower.has(tok.text.toLowerCase()) &&
  !/s$/.test(tok.text) &&
  speakingPerson(text, tok.start, tok.end);

/**
 * The capitalized runs of one sentence. `notNames` holds the starts of the words the
 * part-of-speech tagger calls neither a proper nor a common noun ("Despite", "Officially"): a
 * word among them that opens a clause or follows a dash opens no name; one that names a people ("Chileans voted",
 * `isPeople`) always does.
 */
export function findNameRuns(
  text: string,
  sentence: Span,
  doc: DocWords,
  notNames: Pick<ReadonlySet<number>, 'has'> = new Set(),
  isPeople: (word: string) => boolean = () => false,
  isCountry: (word: string) => boolean = () => false,
): NameRun[] {
  const toks = doc.tokens(sentence);
  if (isHeadline(toks)) return [];
  const runs: NameRun[] = [];
  const cells = headlineCells(text, toks);
  let i = 0;
  while (i < toks.length) {
    if (cells.has(i) || inAddress(text, toks[i]!.start)) {
      i++;
      continue;
    }
    // A camel-case brand word opens a name wherever it stands: "iPod sales rose".
    const opens =
      isCamel(toks[i]!.text) ||
      (isCap(toks[i]!.text) &&
        !(afterDash(text, toks, i) && taggerVeto(text, toks, i, doc, notNames)) &&
        !(
          opensClause(text, toks, i) &&
          ((i === 0 && !text.slice(sentence.start, toks[0]!.start).trim()
            ? notNames.has(toks[i]!.start)
            : taggerVeto(text, toks, i, doc, notNames)) ||
            !nameAtStart(toks[i]!.text, toks[i + 1]?.text, doc, text.slice(toks[i]!.end, toks[i]!.end + 40))) &&
          !speakerAtStart(text, toks[i]!, doc) &&
          !bodyAtStart(toks, i) &&
          !isPeople(toks[i]!.text)
        ));
    if (!opens) {
      i++;
      continue;
    }
    // "a group calling itself Victory and Jihad in Greater Syria": a name a body gives itself is whole.
    const selfNamed = selfNamedBy(text.slice(Math.max(0, toks[i]!.start - 80), toks[i]!.start)) !== null;
    let j = i + 1;
    let inPortfolio = false; // after a title's "of": "Secretary of State for Near Eastern Affairs"
    let ofAt = -1; // the body's "of" or "for" the run went on past: "Federation |of Red Cross"
    // A company's legal form ends its name: "Apple Inc. Steve Jobs" is two names.
    for (; j < toks.length; j++) {
      const gap = text.slice(toks[j - 1]!.end, toks[j]!.start);
      const site = toks[j - 1]!.possessive && /^['’]s?[ \t]+$/.test(gap) && endsSiteName(toks, j);
      const spaced = gap === ' - ' && j === i + 1 && spacedHalves(text, toks[i]!.text, toks[j]!.text);
      if (!site && !spaced && (toks[j - 1]!.possessive || LEGAL_FORMS.has(toks[j - 1]!.text) || !/^[ \t]+$/.test(gap))) break;
      const w = toks[j]!.text;
      // "Federation of Red Cross and Red Crescent Societies", "Center for Strategic and International Studies": one body.
      // Not a place after "of": "the Bank of England and …" ends there; nor after a plural head: "the
      // Departments of Defense and Veterans Affairs" are two.
      const ofWhat = toks
        .slice(ofAt + 1, j)
        .map((t) => t.text)
        .join(' ');
      if (
        w === 'and' &&
        ofAt > i &&
        !/s$/.test(toks[ofAt - 1]!.text) &&
        !isCountry(ofWhat) &&
        !KNOWN_PLACES.has(ofWhat) &&
        pluralTailAfter(text, toks, j)
      )
        continue;
      // Title case: "Obama Did Speak"; but a body's last word may be one too: "Human Rights Watch".
      if (FUNCTION_WORDS.has(w) && !inPortfolio && !(INSTITUTION_TAILS.has(w) && j - i > 1)) break;
      if (isCaps(w) && w.length >= 4 && !INITIALS.test(w) && !isCaps(toks[j - 1]!.text)) break; // "… ElBaradei CROWLEY"; not "George H.W. Bush"
      if (outletAfterPerson(toks, i, j)) break; // "Jim Muir BBC News, Beirut": a reporter, then the outlet
      if (isCamel(w)) break; // "Apple iPod": the company, then its product
      if (DESIGNATION.test(w)) break; // "Air Force C-130": the service, then its aircraft
      if (isCamel(toks[i]!.text) && isGivenName(w)) break; // "iReporter Jason Lee": a role, then the person
      if (isCap(w) || w === '&') continue;
      // "Saif al-Islam", "Jisr al-Shughour"; not "the Yemen |al-Qaeda affiliate": a country opens no Arabic name.
      if (ARTICLE_PART.test(w) && !(j - i === 1 && isCountry(toks[i]!.text))) continue;
      if (/^\d+$/.test(w) && (INDEX_NAMES.has(toks[j - 1]!.text) || toks[j - 1]!.text.includes('&') || unitBefore(toks, j))) continue;
      if (isModelAfter(toks[j - 1]!.text, w, text.slice(toks[j]!.end, toks[j]!.end + 12))) continue; // "Xbox 360", "iPhone 3G"
      const next = toks[j + 1];
      // "Bank of America", "Agency for International Development", "Voice of America"; not "Hosni Mubarak of Egypt".
      const head = toks[j - 1]!.text;
      // A title's portfolio before a full name: "Minister of Foreign Affairs Ahmet Davutoglu" (segments() cuts it off).
      // "Assistant Secretary of State for Near Eastern Affairs Jeffrey Feltman": a second portfolio.
      const secondPortfolio = w === 'for' && toks[j - 2]?.text === 'of' && isTitle(toks[j - 3]?.text ?? '');
      const portfolioBefore = secondPortfolio || (isTitle(head) && nameAfterPortfolio(toks, j + 1));
      const ofName =
        (w === 'of' || w === 'for') &&
        (OF_HEADS.has(head) || portfolioBefore || (j - i === 1 && w === 'of' && !maybeGivenName(head) && !isTitle(head)));
      const selfJoins = selfNamed && SELF_JOINS.has(w) && next?.text === 'the' && isCap(toks[j + 2]?.text ?? '');
      const joins =
        selfJoins ||
        ((PARTICLES.has(w) || PLACE_PARTICLES.has(w) || ofName || (selfNamed && SELF_JOINS.has(w))) && next && isCap(next.text));
      if (!joins) break;
      inPortfolio ||= portfolioBefore;
      if (ofName) ofAt = j;
    }
    const skip = isLabel(text, toks.slice(i, j)) || portfolioOfTitle(toks, i, j, doc);
    for (const part of skip ? [] : segments(toks.slice(i, j))) {
      const run = trim(part.toks);
      const at = toks.indexOf(part.toks[0]!, i);
      let before = (toks[at - 1]?.text ?? '').toLowerCase();
      // "the city of Ramallah", "the province of Aceh", "the cities of Biloxi": the word the place's "of" hangs on.
      if (before === 'of' && PLACE_NOUNS.has(toks[at - 2]?.text ?? '')) before = toks[at - 2]!.text;
      if (run) runs.push(extend(run, { before, title: part.title, roleStart: part.roleStart ?? run.start }));
    }
    i = j;
  }
  return runs;
}

/**
 * Whether the tagger's verb or preposition at a clause's start inside a sentence (after a quote or a
 * dash) is no part of the capitalized word after it ("Given Halvorsen's record", "Driving Omar
 * Halvorsen's troops"): not when it may be a given name ("Josh Earnest"), when the document writes it
 * with a capital inside a clause, or when it writes the two words together more than once, a name
 * it repeats ("Breaking Views said … \"Breaking Views is wrong\"").
 */
function taggerVeto(text: string, toks: readonly Tok[], i: number, doc: DocWords, notNames: Pick<ReadonlySet<number>, 'has'>): boolean {
  const word = toks[i]!.text;
  // This word after a dash is one of the document's capitals inside a clause itself.
  const elsewhere = (doc.capitals.get(word) ?? 0) - (opensClause(text, toks, i) ? 0 : 1);
  if (!notNames.has(toks[i]!.start) || maybeGivenName(word) || elsewhere > 0) return false;
  const next = toks[i + 1];
  if (!next || !isCap(next.text) || toks[i]!.possessive || !/^[ \t]+$/.test(text.slice(toks[i]!.end, next.start))) return true;
  const pair = `${word} ${next.text}`;
  return text.indexOf(pair) === text.lastIndexOf(pair);
}

/**
 * A word after a dash that opens what follows ("(Reuters) -- Driving the troops out …", "Blog - Given
 * the vote …"): a clause may start there, so the tagger's verb or preposition opens no name.
 */
const afterDash = (text: string, toks: readonly Tok[], i: number) =>
  i > 0 && /\s(?:-{1,2}|–|—)\s+$/u.test(text.slice(toks[i - 1]!.end, toks[i]!.start));

/**
 * Before a name a body gives itself: "a group calling itself |", "an organisation from Syria called |";
 * the body's word is captured ("company" makes an organization of it, kinds.ts).
 */
const SELF_NAMED =
  /\b(group|organi[sz]ation|movement|faction|cell|company|firm)\b[^.;:!?"“”]{0,40}?\b(?:call(?:ing|s|ed) (?:itself|themselves)|called|known as)\s+$/iu;
/** The ending SELF_NAMED needs, looked for first: the full expression scans the whole lead. */
const SELF_NAMED_END = /(?:itself|themselves|called|known as)$/iu;
/** SELF_NAMED's match in `lead`, the text before a name. */
export function selfNamedBy(lead: string): RegExpExecArray | null {
  const word = lead.trimEnd(); // the same white space as \s
  if (word.length === lead.length || !SELF_NAMED_END.test(word.slice(-10))) return null;
  return SELF_NAMED.exec(lead);
}
/** Words that join the parts of such a name: "Victory and Jihad in Greater Syria", "Army of the Righteous". */
const SELF_JOINS = set('and in of for the');

/** What a web address holds before a word: "https://", "www.", a domain before a path. */
const ADDRESS = /(?:[a-z]:\/\/|www\.|\.(?:com|org|mil|gov|net|edu|int)\/)\S*$/iu;
/** A word inside a web address ("…/News/Article-Display/…", "…/wiki/Funeral_of_Pope_John_Paul_II"): no name. */
const inAddress = (text: string, start: number) =>
  start > 0 && !/\s/.test(text[start - 1]!) && ADDRESS.test(text.slice(Math.max(0, start - 300), start));

/** A military unit's word before its number: "Task Force 41", "Construction Battalion 74" (not "Air Force 10 years ago"). */
const UNIT_WORDS = set('Battalion Squadron Regiment Brigade');
const unitBefore = (toks: readonly Tok[], j: number) => isUnit(toks.slice(Math.max(0, j - 2), j).map((t) => t.text));
/** Whether a name's words end in a military unit's word: "Joint Task Force", "Construction Battalion". */
export const isUnit = (words: readonly string[]) => UNIT_WORDS.has(words.at(-1)!) || (words.at(-1) === 'Force' && words.at(-2) === 'Task');

/**
 * "Wal - Mart" in a text whose hyphens are spaced: two capitalized halves of one name, when neither
 * stands in the document without the other and the pair is written twice at least (not "Baghdad -
 * The city", "Reuters - Apple said", "the U.S. - Iraq deal").
 */
function spacedHalves(text: string, first: string, second: string): boolean {
  if (!isCap(second)) return false;
  // Written twice at least: the pairs below are some of these (most "X - Y" are written once).
  const pair = `${first} - ${second}`;
  const once = text.indexOf(pair);
  if (once < 0 || text.indexOf(pair, once + 1) < 0) return false;
  const [a, b] = [first, second].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const word = (w: string) => String.raw`(?<![\p{L}\p{N}])${w}(?![\p{L}\p{N}])`;
  const firstAlone = new RegExp(String.raw`${word(a!)}(?! - ${b}(?![\p{L}\p{N}]))`, 'u');
  const secondAlone = new RegExp(String.raw`(?<!${a} - )${word(b!)}`, 'u');
  const pairs = text.match(new RegExp(String.raw`${word(a!)} - ${word(b!)}`, 'gu'))?.length ?? 0;
  return pairs >= 2 && !firstAlone.test(text) && !secondAlone.test(text);
}

/**
 * Whether the capitalized words from `at` are a portfolio, then a person's full name: a given
 * name after the first word, and a word after it ("Foreign Affairs |Ahmet Davutoglu"; not "Human
 * Rights First", "Operation Unified Protector").
 */
function nameAfterPortfolio(toks: readonly Tok[], at: number): boolean {
  for (let k = at + 1; k + 1 < toks.length && isCap(toks[k]!.text); k++)
    if (isGivenName(toks[k]!.text) && isCap(toks[k + 1]!.text)) return true;
  return false;
}

/** Titles that hold a portfolio ("Minister for Trade", "Commissioner for Human Rights"); an economist's "for" names an employer. */
const PORTFOLIO_TITLES = set(lists.portfolioTitles);
/** Institution words that end a portfolio, not a body: "Foreign Affairs". */
const PORTFOLIO_TAILS = set(lists.portfolioTails);

/**
 * A title's portfolio after its "of" or "for", in words the document also writes in lower case,
 * or in several words after a portfolio title's "for": "the High Commissioner for |Human Rights|",
 * "the Minister of |Foreign Affairs|" name no body of their own ("President of Egypt" does: "egypt"
 * is no word of the document; so do "Envoy for Syria", "Chief Economist for Goldman Sachs" and
 * "Director of Human Rights Watch", whose last word is an institution's).
 */
function portfolioOfTitle(toks: readonly Tok[], i: number, j: number, doc: DocWords): boolean {
  if (i < 2 || !OF_TITLE.has(toks[i - 1]!.text) || !isTitle(toks[i - 2]!.text)) return false;
  const run = toks.slice(i, j);
  const last = run.at(-1)!.text;
  if (INSTITUTION_TAILS.has(last) && !PORTFOLIO_TAILS.has(last)) return false;
  const portfolioFor = toks[i - 1]!.text === 'for' && (PORTFOLIO_TITLES.has(toks[i - 2]!.text) || PORTFOLIO_TAILS.has(last));
  if (portfolioFor && run.length > 1 && !KNOWN_PLACES.has(run.map((t) => t.text).join(' '))) return true;
  return run.every((t) => doc.lower.has(t.text.toLowerCase()));
}

/** News outlets known by their letters, the only acronyms a byline runs into ("Jim Muir BBC News"). */
const OUTLET_ACRONYMS = set(lists.outletAcronyms);

/**
 * A news outlet's letters after a person's full name, a given name and words in title case: "Jim
 * Muir BBC News", "Kim Tarr CNN", "Jack Kelly USA TODAY" (a byline run into its outlet) are two
 * names. Any other letters stay part of the name: a club's, a firm's or a country's ("Lincoln City
 * FC", "Clifford Chance LLP", "Morgan Stanley UK"), a regnal number ("John Paul II").
 */
function outletAfterPerson(toks: readonly Tok[], i: number, j: number): boolean {
  const w = toks[j]!.text;
  const outlet = OUTLET_ACRONYMS.has(w) || (w === 'USA' && /^(?:TODAY|Today)$/.test(toks[j + 1]?.text ?? ''));
  if (j - i < 2 || !outlet) return false;
  return isGivenName(toks[i]!.text) && toks.slice(i + 1, j).every((t) => isCap(t.text) && !isCaps(t.text));
}

/** Plural last words of a body's name, which name no body alone: "Red Crescent Societies", "International Studies". */
const PLURAL_TAILS = set(lists.pluralTails);
/** "… and Human Rights | groups": plural nouns of kinds the capitalized words before them describe. */
const KINDS_AFTER_TAIL = new Set([...set(lists.kindsAfterPluralTail), ...set(lists.unnamedPeople)]);

/**
 * After "and" at `j`, capitalized words that end in a plural last word of a body's name: the "and"
 * joins two parts of one name ("… of Red Cross | and Red Crescent Societies"), not two names
 * ("Britain and France", "the Bank of England and Barclays", "… and the United Nations").
 */
function pluralTailAfter(text: string, toks: readonly Tok[], j: number): boolean {
  const k = capitalRunEnd(text, toks, j);
  const last = toks[k - 1]!.text;
  if (k === j + 1 || !PLURAL_TAILS.has(last) || (last === 'Nations' && toks[k - 2]!.text === 'United')) return false;
  // The plural word ends the capitalized words ("… and Human Rights | Watch" is another body) and names
  // no kind of thing after it ("… and Human Rights | groups").
  const after = toks[k];
  return !after || !/^[ \t]+$/.test(text.slice(toks[k - 1]!.end, after.start)) || (!isCap(after.text) && !KINDS_AFTER_TAIL.has(after.text));
}

/** Initials: "H.W.", "J.R.R.". */
const INITIALS = /^(?:\p{Lu}\.)+$/u;

const isTitle = (w: string) => TITLES.has(w) || HONORIFICS.has(w);

/**
 * "Saint Peter's Square", "Martyrs' Square", "St. Paul's Cathedral": a possessive goes on into a
 * place's name when the word after it is a site's last word and ends the run; "NASA's Kennedy Space
 * Center", "Britain's Port Talbot" and "Sri Lanka's Centre for …" stay an owner and a name of their own.
 */
function endsSiteName(toks: readonly Tok[], j: number): boolean {
  const after = toks[j + 1];
  return (
    SITE_TAILS.has(toks[j]!.text) && !(after && (isCap(after.text) || isCamel(after.text) || after.text === 'of' || after.text === 'for'))
  );
}

/**
 * A title inside a run separates what it names from what comes before it: "Apple CEO Steve Jobs"
 * is Apple and Steve Jobs, "U.S. Secretary of State Hillary Clinton" the U.S. and Hillary Clinton.
 * A run ending in an institution word is one name ("General Motors", "Supreme Court").
 */
interface Segment {
  toks: Tok[];
  title: string | null;
  roleStart: number | null;
}

/**
 * A role noun with a capital before a person's full name is a title too: "Libyan |Leader Moammar
 * Gadhafi", "House Republican |Leader John Boehner" (not "Voter ID", whose one word after is no full name).
 */
const roleBeforeName = (run: readonly Tok[], k: number) => run.length - k > 2 && isCap(run[k]!.text) && isRoleWord(run[k]!.text);

/** "Majority Leader", "Minority Whip": a rank in a chamber, before a role word. */
const CHAMBER_RANKS = set(lists.chamberRanks);
const chamberRank = (run: readonly Tok[], k: number) => CHAMBER_RANKS.has(run[k]!.text) && isRoleWord(run[k + 1]?.text ?? '');
const OF_TITLE = set('of for');

/**
 * The portfolio of a title, from its "of" or "for" at `at`: "Secretary |of State", "Minister |of
 * Foreign Affairs", "Assistant Secretary of State |for Near Eastern Affairs". It takes one word,
 * then more while a portfolio's word (an institution's or a title's) is still ahead, or more than
 * a full name (two words) follows and the word is no given name ("Secretary of State Hillary
 * Rodham Clinton"). Returns the index of its last word.
 */
function portfolio(run: readonly Tok[], at: number, words: string[]): number {
  let k = at;
  words.push(run[k]!.text, run[k + 1]!.text);
  k++;
  while (k + 1 < run.length) {
    const w = run[k + 1]!.text;
    const joins = OF_TITLE.has(w) && run[k + 2] !== undefined;
    const portfolioLeft = run.slice(k + 1).some((t) => INSTITUTION_TAILS.has(t.text) || isTitle(t.text));
    if (!joins && (givenNameFrom(run, k + 1) || (!portfolioLeft && (run.length - (k + 1) <= 2 || isGivenName(w))))) break;
    words.push(w);
    k++;
    if (joins) words.push(run[++k]!.text);
  }
  return k;
}

/**
 * The run from `at` on is a person's full name that opens with a known given name, whatever its
 * last word: "Julie Bishop", "Karen King" after "Minister for Foreign Affairs".
 */
const givenNameFrom = (run: readonly Tok[], at: number) =>
  run.length - at >= 2 && run.length - at <= 3 && isGivenName(run[at]!.text) && run.slice(at).every((t) => isCap(t.text));

/** The run from `at` on is a person's full name alone: two or three capitalized words, none a title's or a body's ("Ahmet Davutoglu"). */
const fullNameFrom = (run: readonly Tok[], at: number) =>
  run.length - at >= 2 &&
  run.length - at <= 3 &&
  run.slice(at).every((t) => isCap(t.text) && !isTitle(t.text) && !INSTITUTION_TAILS.has(t.text));

function segments(run: Tok[]): Segment[] {
  // Title words that end a name built with "of" belong to it ("Department of Homeland Security").
  // Not a title's own "of": "Air Force Chief of Staff Gen. Norton Schwartz".
  const ofName = run.some((t, k) => OF_TITLE.has(t.text) && !isTitle(run[k - 1]?.text ?? '')) && isTitle(run.at(-1)!.text);
  // "Secretary for African Affairs", "Assistant Secretary of State": titles and their portfolio, no body.
  const untitled = run.findIndex((t) => !isTitle(t.text));
  const titleOf = untitled > 0 && OF_TITLE.has(run[untitled]!.text) && !run.some((t) => t.text === 'the');
  if ((INSTITUTION_TAILS.has(run.at(-1)!.text) || ofName) && !titleOf) return [{ toks: run, title: null, roleStart: null }];
  const out: Segment[] = [];
  let current: Tok[] = [];
  let title: string | null = null;
  let roleStart: number | null = null;
  for (let k = 0; k < run.length; k++) {
    const ranked = chamberRank(run, k);
    if (!isTitle(run[k]!.text) && !roleBeforeName(run, k) && !ranked) {
      current.push(run[k]!);
      continue;
    }
    const words: string[] = [];
    // "Senate Majority Leader Harry Reid": the chamber goes with the rank into the title.
    const chamber = ranked ? current.pop() : undefined;
    if (chamber) words.push(chamber.text);
    if (current.length) out.push({ toks: current, title, roleStart });
    current = [];
    roleStart = (chamber ?? run[k]!).start;
    // "Foreign |Affairs Ahmet Davutoglu": an institution's word after a title word, before a full name, is the portfolio's.
    const portfolioWord = (k: number) => words.length > 0 && INSTITUTION_TAILS.has(run[k]!.text) && fullNameFrom(run, k + 1);
    while (k < run.length && (isTitle(run[k]!.text) || roleBeforeName(run, k) || chamberRank(run, k) || portfolioWord(k))) {
      if (chamberRank(run, k)) words.push(run[k++]!.text); // "Majority" and the role after it, whatever follows
      words.push(run[k]!.text);
      if (OF_TITLE.has(run[k + 1]?.text ?? '') && run[k + 2]) k = portfolio(run, k + 1, words); // "Secretary of State"
      k++;
    }
    title = words.join(' ');
    // "Minister for Foreign Affairs Julie Bishop": a given name after the title opens the name, even before a title's word.
    if (givenNameFrom(run, k)) {
      current = run.slice(k);
      break;
    }
    k--;
  }
  if (current.length) out.push({ toks: current, title, roleStart });
  // Role nouns alone name nobody: "Supreme |Leader", "the |Chief".
  return out.filter((segment) => !segment.toks.every((t) => isRoleWord(t.text)));
}

/** Cuts function words off the front and dates off the end. */
function trim(run: Tok[]): Omit<NameRun, 'before' | 'title' | 'roleStart'> | null {
  let a = 0;
  let b = run.length;
  // "Muslim Brotherhood" keeps its first word; "CEO Tim" does not.
  const institution = INSTITUTION_TAILS.has(run.at(-1)!.text);
  const functionWord = (w: string) => FUNCTION_WORDS.has(w.replace(/['’](?:s|re|ll|ve|d|m|t)$/, ''));
  // "May of Northern Water Commission": the "of" left behind a date goes with it.
  const glue = (w: string) => a > 0 && (w === 'of' || w === 'for');
  while (
    a < b &&
    (functionWord(run[a]!.text) || NOT_LAST.has(run[a]!.text) || glue(run[a]!.text) || (!institution && NON_NAMES.has(run[a]!.text)))
  )
    a++;
  // "Roman Catholics", "Sunni Arabs": a community of faith or a people, whose first word names nothing alone.
  if (b - a > 1 && COMMUNITIES.has(run[b - 1]!.text)) return null; // and "Roman Catholic" before a noun
  while (b > a && (NOT_LAST.has(run[b - 1]!.text) || NON_NAMES.has(run[b - 1]!.text) || !/\p{L}|\d/u.test(run[b - 1]!.text))) b--;
  while (
    b > a &&
    !isCap(run[b - 1]!.text) &&
    !isCamel(run[b - 1]!.text) &&
    !ARTICLE_PART.test(run[b - 1]!.text) &&
    !/^\d+\p{L}{0,3}$/u.test(run[b - 1]!.text)
  )
    b--;
  if (a >= b) return null;
  const kept = run.slice(a, b);
  return { start: kept[0]!.start, end: kept.at(-1)!.end, words: kept.map((t) => t.text), possessive: kept.at(-1)!.possessive };
}
