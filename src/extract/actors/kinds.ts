// What a name found from the shape of the text names, from its own words first (a company
// suffix, an institution, a place word, a given name, a title before it) and then from how the
// document uses it ("in Cupertino", "Cupertino-based", a surname used alone later). Null when it
// names no actor: a prize, a law, a war, a word behind "its" that nothing marks as a product.
import type { ActorKind } from '../../model/dataset.ts';
import { ARTICLE_PART, DESIGNATION, PARTICLES, isUnit, selfNamedBy } from './names.ts';

import type { NameRun } from './names.ts';
import { INSTITUTION_WORDS, KNOWN_PLACES, LEGAL_FORMS, NON_NAMES, TITLES, isCamel, leadEndsWith, set } from './words.ts';
import { productContext, productShape } from './products.ts';
import type { DocWords } from './words.ts';
import lists from './names.json' with { type: 'json' };
import { isGivenName, isListedGivenName, maybeGivenName } from './givenNames.ts';
import { headClass, thingKind, thingOf } from './things.ts';
import { brandShape, companyContext } from './companies.ts';
import { flatMapOf } from '../lists.ts';
import { speaksNext } from './speech.ts';
import arabic from './arabicHeads.json' with { type: 'json' };

/** "G-7", "G-20", "G-77": a group of countries, written like a designation. */
const GROUP_OF_COUNTRIES = /^G-\d+$/;

const CORPORATE = new Set([...LEGAL_FORMS, ...set(lists.corporate)]);
const GROUP = set(lists.group);
const MEDIA = set(lists.media);
const PLACE_TAILS = set(lists.places);
/** A building or site: "Kennedy Space Center", "Carnegie Hall", "International Space Station". */
const FACILITIES = set(lists.facilities);
/** Before a facility's head, a noun of what a body does makes it the body: "Tsunami Warning Center", "Coordination Center". */
const ACTIVITY = /(?:ing|ions?|ances?|ences?|ments?|ics|Research)$/;
const PLACE_HEADS = set(lists.placeHeads);
const PLACE_PREPOSITIONS = set(lists.placePrepositions);
/** First words of Arabic names of places and bodies: "Jabal al-Zawiya", "Ansar al-Sharia", "Dar al-Hayat". */
const ARABIC_PLACE_HEADS = set(arabic.places);
const ARABIC_GROUP_HEADS = set(arabic.groups);
const ARABIC_BODY_HEADS = set(arabic.bodies);
/** An Arabic article, joined to the next part of a name or standing alone: "Bab |al-Aziziya", "Bab |al Aziziya". */
const articleIn = (words: readonly string[]) =>
  words.slice(1).some((w) => ARTICLE_PART.test(w) || /^(?:al|el|ad|an|ar|as|ash|at|az|ez|ul)$/.test(w));
/** One name of a list: "Ramadi", "Al Anbar", "St. John’s". */
const LISTED = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}`;
/** Plural words for places: "the cities of |", "other towns, including |". */
const PLACE_PLURALS = lists.placeNounPlurals.split(' ').join('|');
/** Before the names of places listed after their kind: "the cities of |", "other towns, including |", "provinces such as |". */
const PLACES_OF = String.raw`\b(?:(?:${lists.placeNouns.split(' ').join('|')}|${PLACE_PLURALS})\s+of|(?:${PLACE_PLURALS})\s*,?\s+(?:including|such\s+as))\s+`;
/** The first place named after its kind: "other cities, including |Baquba", "the towns of |Kelvar". */
const PLACES_NAMED = new RegExp(`${PLACES_OF}$`, 'u');
const STRESSED = ['even', 'also', 'especially', 'particularly', 'finally'];
/** "and", "or", and a word that stresses the last of a list: "Mosul and even |Fallujah". */
const AND = String.raw`(?:and|or)(?:\s+(?:${STRESSED.join('|')}))?`;
/** What PLACE_LIST's match ends with: a comma, "and", "or", a word of stress. */
const PLACE_LIST_ENDS = [',', 'and', 'or', ...STRESSED];
/** What PLACES_NAMED's match ends with. */
const PLACES_NAMED_ENDS = ['of', 'including', 'as'];
/** What MOTION_TO's match ends with. */
const MOTION_ENDS = ['to', 'from', 'into'];
/** A later name of a list behind a place preposition or a kind of places: "in Baquba and |", "near Fallujah, Ramadi or |", "In Fallujah, |", "the cities of Biloxi and |". */
const PLACE_LIST = new RegExp(
  String.raw`(?:(?:^|\s)(?:${lists.placePrepositions
    .split(' ')
    .map((p) => `[${p[0]}${p[0]!.toUpperCase()}]${p.slice(1)}`)
    .join('|')})\s+(?:the\s+)?|${PLACES_OF})${LISTED}(?:\s*,\s*${LISTED})*(?:\s*,\s*${AND}|\s+${AND}|(?<comma>\s*,))\s+$`,
  'u',
);
/** After a name followed only by a comma, the rest of its list: ", Ramadi and Samarra". */
const LIST_REST = new RegExp(String.raw`^(?:\s*,\s*${LISTED})*\s*,?\s+${AND}\s+\p{Lu}`, 'u');
/**
 * A journey's end or start: "deployed with the 212th unit to Muzaffarabad", "flew from Lyon",
 * "travelled on foot to Mecca". Only before the journey's own "to": "traveled to Bonn to meet
 * Merkel" makes no place of Merkel (a "to" before a verb starts another clause).
 */
const MOTION_TO = new RegExp(
  String.raw`\b(?:${lists.motionVerbs.split(' ').join('|')})\b(?:(?!\sto\s+\p{Ll})[^.;:!?]){0,60}\s(?:to|from|into)\s+$`,
  'u',
);
/** The patterns on a name's lead that are tried only when it ends in one of their words (leadEndsWith). */
export const GUARDED_LEADS: readonly (readonly [RegExp, readonly string[]])[] = [
  [PLACE_LIST, PLACE_LIST_ENDS],
  [PLACES_NAMED, PLACES_NAMED_ENDS],
  [MOTION_TO, MOTION_ENDS],
];
/** Words a place's name follows: "the provincial capital Banda Aceh", "the port city Galle", "the cities of Biloxi" (names.ts). */
const PLACE_NOUNS = new Set([...set(lists.placeNouns), ...set(lists.placeNounPlurals)]);
const HONORIFICS = set(lists.honorifics);
const INDEX_WORDS = set(lists.indexWords);
const INDEX_NAMES = set(lists.indexNames);
const NOT_ACTOR = set(lists.notActorHeads);
const NOT_ACTOR_FIRST = set(lists.notActorFirst);
/** The fine print of a web page: "Terms of Service", "Privacy Policy". */
const BOILERPLATE = new Set(lists.boilerplate);
const OWNERS = set('its his her their our your my whose');
/** Words that alone are part of a name given in full elsewhere (a facility's head alone, "Plaza", may be a name: only "Center" is not). */
/** Last words of a body's name: "Hurricane Katrina Relief Fund" names no storm. */
const BODY_LAST = new Set([...CORPORATE, ...INSTITUTION_WORDS, ...GROUP, ...MEDIA]);
const TAILS = new Set([...CORPORATE, ...INSTITUTION_WORDS, ...GROUP, ...MEDIA, ...PLACE_TAILS, 'Center', 'Centre']);
/** A person's role in lower case right before a name: "spokesman Farid Ayar", "voter Ana Ruiz". */
const ROLE_BEFORE = new Set([...set(lists.roleNouns), ...lists.descriptions.person]);
/** "The new chairman of the election commission, Yaroslav Davydovych, said", "the ambassador to the U.N., …": a name set off after a person's description. */
const SET_OFF_AFTER_PERSON = new RegExp(
  String.raw`\b(?:${[...ROLE_BEFORE, 'head'].join('|')})(?:\s+(?:of|to|for)\s+(?:[^,.;:()"“”]|\.(?=\S|\s\p{Lu})){1,60})?,\s*$`,
  'iu',
);
/** A capitalized word before a description's word makes a name of it: "Burger King, |Taco Bell" (not "Syria’s Ambassador", "U.S. Ambassador"). */
const NAME_BEFORE = /\p{Lu}\p{Ll}+\s+$/u;
const setOffAfterPerson = (lead: string) => {
  const found = SET_OFF_AFTER_PERSON.exec(lead);
  if (!found) return false;
  const word = found.index;
  return !(/^\p{Lu}/u.test(lead.slice(word)) && NAME_BEFORE.test(lead.slice(Math.max(0, word - 40), word)));
};
/** A person's role set off after a name: "Rajiv Shah, administrator of …", "…, the head of the agency", "…, the Union's commissioner for …". */
const ROLE_AFTER = new RegExp(
  String.raw`^,\s+(?:(?:the|a|an|its|their)\s+)?(?:\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}['’]s\s+)?(?:[\p{Ll}'’-]+\s+){0,2}?(?:${[...ROLE_BEFORE, 'head'].join('|')})\s+(?:of|for|at|to|with)\b`,
  'u',
);
/** A person's title set off after a name: "Juma Amer, Secretary for African Affairs at …", "…, Deputy Minister of …". */
const TITLE_AFTER = new RegExp(
  String.raw`^,\s+(?:(?:the|a|an)\s+)?(?:(?:${lists.titles
    .split(' ')
    .filter((t) => /^\p{L}+$/u.test(t))
    .join('|')})\s+){1,3}(?:of|for)\s`,
  'u',
);
/**
 * A credit line before names, at a line's start, after a semicolon or an opening bracket, or after
 * a comma inside one: "(Reporting by Ana Ruiz, Tom Lee in Rabat and |", "…; Editing by |",
 * "(…, Writing by |", "Additional reporting by |"; not "The report, written by |Exclusive Analysis".
 */
const CREDIT_BEFORE = new RegExp(
  String.raw`(?:^|[\n;]|[(\[](?:[^()[\]]*,)?)\s*(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ee]dited|[Ww]ritten)\s+by\s+(?:${LISTED}(?:\s+in\s+${LISTED})?\s*(?:,|\band)\s+)*$`,
  'u',
);
/** Right after a reporter's name: "reports from Cairo", "reporting from the border". */
const REPORTS_AFTER = /^\s+report(?:s|ed|ing)\s+from\b/;
/** The places a credit line names its writers in: "Ana Ruiz in |Sidi Bouzid", "reporting from |Misrata". */
const WRITER_PLACE_BEFORE = set('in from at near');
/**
 * A name credited with a story that may be its writer's: not a body's ("Amnesty International
 * reports from …") nor a place's ("Ana Ruiz in Sidi Bouzid … contributed to this report").
 */
const writerShaped = (run: NameRun) => {
  const last = run.words.at(-1)!;
  return (
    !BODY_LAST.has(last) &&
    !PLACE_TAILS.has(last) &&
    !/^International$/.test(last) &&
    !WRITER_PLACE_BEFORE.has(run.before) &&
    !KNOWN_PLACES.has(run.words.join(' '))
  );
};
/** "the West", "the East": a quarter of the world, no actor. */
const COMPASS = set(lists.compassPoints);
/** A word for a body right before its name: "agency", "group", "company". */
const BODY_BEFORE = new Set(lists.descriptions.organization);
/** Words for a newspaper or a broadcaster, and what may stand before them: "television network", "news agency". */
const MEDIA_NOUNS = set('television TV radio news newspaper broadcaster network channel daily');
/** Right after a one-word name, a word for a body, perhaps behind one modifier: "RAI television network", "Orvell company". */
const BODY_AFTER = new RegExp(
  String.raw`^\s+(?:(\p{Ll}+|TV)\s+)?(${[...lists.descriptions.organization, ...MEDIA_NOUNS].filter((w) => !['group', 'maker', 'label', 'club', 'carrier'].includes(w)).join('|')})\b`,
  'u',
);
/** A site's word in lower case after the name: "the Utaphao Royal Thai air base", "the Louisiana Superdome football stadium". */
export const SITE_AFTER =
  /^\s+(?:(?:air|naval|navy|army|military|football|soccer|sports|baseball|railway|train|subway|tube|underground|bus|metro)\s+)?(?:base|airbase|airfield|airport|stadium|arena|square|bridge|river|harbou?r|port|valley|desert|station|street|avenue|road|terminal|mosque|shrine|cathedral|district|quarter|neighbou?rhood)\b/u;
const INITIAL = /^(?:\p{Lu}\.)+$/u;
const REGNAL = /^(?:X{0,2}(?:IX|IV|V?I{0,3}))$/;
const ACRONYM = /^(?:\p{Lu}[\p{Lu}&\d]{1,5}|(?:\p{Lu}\.){2,4})$/u;

/** A kind read off nothing but how often the document writes the name's words alone: the corpus may overrule it. */
interface Guess {
  guessed: ActorKind;
}

/** What a name names, and whether only a guess said so (`kindOf`). */
export interface KindReading {
  kind: ActorKind | null;
  /** No word of the name or around it said which: a person or a body for want of evidence. */
  guessed: boolean;
}

/** `after` and `lead` are the text right after and right before the name. */
export function kindReading(run: NameRun, doc: DocWords, after: string, lead = ''): KindReading {
  const read = readKind(run, doc, after, lead);
  return read !== null && typeof read === 'object' ? { kind: read.guessed, guessed: true } : { kind: read, guessed: false };
}

function readKind(run: NameRun, doc: DocWords, after: string, lead: string): ActorKind | null | Guess {
  const { words } = run;
  const name = words.join(' ');
  const first = words[0]!;
  const last = words.at(-1)!;
  if (INDEX_WORDS.has(last) || INDEX_NAMES.has(first) || /^\S*&\S* \d+$/.test(name)) return 'index';
  if (KNOWN_PLACES.has(name)) return 'place';
  if (BOILERPLATE.has(name)) return null;
  const self = selfNamedBy(lead);
  if (self && words.length > 1) return /^(?:company|firm)$/i.test(self[1]!) ? 'organization' : 'group'; // "a group calling itself …"
  if (NOT_ACTOR.has(last) || words.every((w) => NON_NAMES.has(w) || TITLES.has(w)) || words.some((w) => doc.labels.has(w))) return null;
  // An institution word alone ("Union", "Service") is part of a name given in full elsewhere.
  // So is a word for a thing alone ("the Shuttle's mission"): a storm's or a craft's name follows it.
  // So is a quarter of the world ("the West", "North"), even when it speaks: "the West believes" is
  // no actor, and would join a person of that surname across documents.
  if (words.length === 1 && (TAILS.has(first) || headClass(first) || COMPASS.has(first))) return null;
  // A word in capitals that the document also writes in lower case is shouted, not an acronym:
  // "NOT", "OIL", "NEVER"; but "the WHO said" names a body.
  if (words.length === 1 && /^\p{Lu}{2,}$/u.test(first) && doc.lower.has(first.toLowerCase()) && run.before !== 'the') return null;
  // "eBay Inc." is a company; "iPod Software", "iTunes Stores" are products named for what they are.
  if (CORPORATE.has(last) && words.length > 1 && !(isCamel(first) && !LEGAL_FORMS.has(last) && !LEGAL_FORMS.has(`${last}.`)))
    return 'organization';
  // "Task Force 41": a unit's number is no model's; the unit is what its words make it.
  if (words.length > 2 && /^\d+$/.test(last) && isUnit(words.slice(0, -1)))
    return readKind({ ...run, words: words.slice(0, -1) }, doc, after, lead);
  // "C-130 Hercules", "UH-60 Black Hawk": an aircraft or a weapon by its designation is a product.
  // Not the groups of countries written the same way ("the G-8", "the G-20").
  if (DESIGNATION.test(first) && !GROUP_OF_COUNTRIES.test(first)) return 'product';
  const shape = productShape(words, after);
  if (shape) return shape;
  const launched = productContext(words, lead, after) && !isListedGivenName(first) && !run.title;
  // "Mac OS X", "Model S": a trailing letter or version names a product.
  if (words.length > 1 && /^\p{Lu}$/u.test(last) && !isListedGivenName(first)) return launched ? 'product' : null;
  if (NOT_ACTOR_FIRST.has(first)) return null; // "Operation Desert Storm", "Flight 93"
  // "the shuttle Discovery", "Space Shuttle Discovery", "USS Abraham Lincoln", "Hurricane Katrina": a craft, a ship, a storm.
  const thing = BODY_LAST.has(last) ? undefined : thingOf(words, doc.things);
  if (thing !== undefined) return thing && thingKind(thing);
  if (MEDIA.has(last) && words.length > 1) return 'media';
  if (GROUP.has(last) && words.length > 1) return 'group';
  if (INSTITUTION_WORDS.has(last) && words.length > 1) return 'organization';
  if (FACILITIES.has(last) && words.length > 1) return ACTIVITY.test(words.at(-2)!) ? 'organization' : 'place';
  if (PLACE_TAILS.has(last) && words.length > 1) return 'place';
  if (PLACE_HEADS.has(first) && words.length > 1) return 'place';
  // "Jabal al-Zawiya", "Ansar al-Sharia", "Dar al-Hayat": an Arabic name opened by a word for a place or a body.
  // Without the article, only a head that is no given name nor a word the document writes in lower case: "Bab Sbaa", not "Tell Obama".
  const arabic = articleIn(words) || (!isListedGivenName(first) && !doc.lower.has(first.toLowerCase()));
  if (words.length > 1 && arabic && !run.title) {
    if (ARABIC_PLACE_HEADS.has(first)) return 'place';
    if (ARABIC_GROUP_HEADS.has(first)) return 'group';
    if (ARABIC_BODY_HEADS.has(first)) return 'organization';
  }
  // "in Salah al-Din", "the district of Salah al-Din", "the Salah al-Din district": where an Arabic name lies, with no title, is a place.
  if (
    articleIn(words) &&
    !run.title &&
    !run.possessive &&
    (placeBehind(run.before, lead) || PLACE_NOUNS.has(run.before) || SITE_AFTER.test(after))
  )
    return 'place';
  if (launched) return 'product'; // "unveiled the MacBook Air", "the Kindle e-reader"
  const acronym = words.some((w) => ACRONYM.test(w) || /\d/.test(w));
  if (words.length > 1 && /^(?:Jr|Sr)\.?$/.test(last)) return 'person'; // "Bush Sr.", "Hank Ellery Jr."
  // "Benedict XVI", "Clement Ostrander II": a given name before a regnal number.
  if (words.length > 1 && REGNAL.test(last) && isGivenName(first)) return 'person';
  // "King Cross station", "Bishop Street": a site's word after the name makes a place of it, title and all (actors.ts).
  if (SITE_AFTER.test(after)) return 'place';
  if (run.title && !acronym) return 'person';
  if (initialsBeforeSurname(words, doc) && !companyContext(lead, after) && !TRADE_AFTER.test(after)) return 'person';
  if (words.length > 1 && (givenFirst(run, doc) || words.slice(0, -1).some((w) => INITIAL.test(w)))) return 'person'; // "P.J. Crowley", "George W. Bush"
  if (/^,\s*(?:who\b|aged\b|\d{1,3},(?!\d))/.test(after) && !acronym) return 'person'; // "Tomas Berglund, who", "…, 54,"; not "3,600 Swedes, 1,000 Germans"

  if (words.length > 1 && !acronym && /^\s*,/.test(after) && (setOffAfterPerson(lead) || ROLE_AFTER.test(after) || TITLE_AFTER.test(after)))
    return 'person';
  if (words.length > 1 && !acronym && lead.includes('by') && CREDIT_BEFORE.test(lead)) return 'person';
  // "Ana Ruiz and Tom Lee contributed to this report", "Ana Ruiz reports from Cairo": the writers of the story.
  if (words.length > 1 && !acronym && (doc.credited(run.start) || REPORTS_AFTER.test(after)) && writerShaped(run)) return 'person';
  if (words.length > 1 && !acronym && ROLE_BEFORE.has(run.before) && roleRightBefore(run.before, lead)) return 'person';
  if (/^-based\b/.test(after)) return 'place';
  if (!run.possessive && (placeBehind(run.before, lead) || PLACE_NOUNS.has(run.before)) && !acronym) return 'place';
  if (
    !run.possessive &&
    !acronym &&
    !run.title &&
    (placeListed(lead, after) || (leadEndsWith(lead, PLACES_NAMED_ENDS) && PLACES_NAMED.test(lead)))
  )
    return 'place';
  if (words.length === 1 && !run.possessive && !acronym && !run.title && leadEndsWith(lead, MOTION_ENDS) && MOTION_TO.test(lead))
    return 'place';
  if (!run.possessive && !acronym && !run.title && (amongKnownPlaces(lead, after) || placeOfWhere(lead, after))) return 'place';
  if (words.length > 1) {
    // "Combined Forces Command Afghanistan", "Task Force Baghdad": a body's word inside, a place after it.
    if (acronym || words.slice(0, -1).some((w) => BODY_LAST.has(w) || FACILITIES.has(w))) return 'organization';
    // "Mr. Qorvan", "President Kessar": the surname alone behind a title.
    if (doc.titled.has(last) && !doc.titled.has(first)) return 'person';
    // A person is named again by the surname, a company by its first word ("Jobs", "Apple").
    const alone = (w: string) => (doc.capitals.get(w) ?? 0) + (doc.starts.get(w) ?? 0);
    // "Farouq al-Sharaa": an Arabic article inside a name of no body's word is a person's more often than a body's.
    const article = words.slice(1).some((w) => ARTICLE_PART.test(w));
    return { guessed: article || alone(last) > alone(first) ? 'person' : 'organization' };
  }
  // "the space agency NASA", "the rebel group FARC": an acronym after a word for a body names it.
  if (acronym && BODY_BEFORE.has(run.before)) return 'organization';
  // "Italy's RAI television network", "the Dawnline news agency": a word for a body after the name.
  if (!run.title) {
    const body = BODY_AFTER.exec(after);
    if (body) return MEDIA_NOUNS.has(body[1]!) || MEDIA_NOUNS.has(body[2]!) ? 'media' : 'organization';
  }
  // One word alone is a name when the document uses it as one more than once, or as an owner ("Apple's").
  if (OWNERS.has(run.before) || doc.owned.has(first)) return null;
  if (isListedGivenName(first)) return 'person'; // an actor only as the short form of a full name
  if (doc.titled.has(first)) return 'person'; // "Bush said" where "President Bush" is written too
  // "Shares of Vantrell fell", "Wal-Mart": a company named once, by the words next to it or its shape.
  if (!doc.lower.has(first.toLowerCase()) && (companyContext(lead, after) || brandShape(first, doc))) return 'organization';
  const uses = (doc.capitals.get(first) ?? 0) + (doc.starts.get(first) ?? 0);
  if (uses < 2 && !run.possessive) return null;
  if (isGivenName(first)) return { guessed: 'person' }; // "Blair", "Lincoln": a surname that is a given name too
  // "the Constitution", "a Candle", "Democracy": a word the document also writes in lower case is a
  // common noun given a capital, unless a name that is no plural or "-ing" word speaks: "…, and Apple said
  // an apple a day was its motto"; not "Sources said".
  const speaker = !/(?:[^s]s|ing)$/.test(first) && speaksNext(after, 0);
  if (/^\p{Lu}\p{Ll}+$/u.test(first) && doc.lower.has(first.toLowerCase()) && !speaker) return null;
  return { guessed: 'organization' };
}

/** The role written in lower case right before the name: "spokesman |Farid Ayar", not "Burger King, |Taco Bell". */
function roleRightBefore(role: string, lead: string): boolean {
  const end = lead.trimEnd().length;
  return end < lead.length && lead.startsWith(role, end - role.length) && !/\p{L}/u.test(lead[end - role.length - 1] ?? '');
}

/** "over" places a name only after a verb of moving ("flew over Meulaboh"), not "a dispute over Kestrel". */
const OVER_PLACE = new RegExp(
  String.raw`\b(?:${lists.motionVerbs.split(' ').join('|')}|hovered|hovering|circled|circling|passed|swept|dropped)\s+(?:\w+\s+)?over\s+$`,
  'u',
);
/** "in" after what one owns of a company places nothing: "shares in Norvik", "a stake in Norvik". */
const OWNED_IN = new RegExp(String.raw`\b(?:${lists.ownedIn.split(' ').join('|')})\s+in\s+$`, 'iu');
const placeBehind = (before: string, lead: string) =>
  PLACE_PREPOSITIONS.has(before) && (before !== 'over' || OVER_PLACE.test(lead)) && (before !== 'in' || !OWNED_IN.test(lead));

/** A name in a list of places behind "in", "near"…: "in Baquba and Basra", "in Fallujah, Ramadi and Samarra". */
function placeListed(lead: string, after: string): boolean {
  if (!leadEndsWith(lead, PLACE_LIST_ENDS)) return false;
  const list = PLACE_LIST.exec(lead);
  return list !== null && (list.groups?.['comma'] === undefined || LIST_REST.test(after));
}

/** Right after a name, the state or region that holds it, ending the phrase: "Biloxi, Mississippi," (not "…, Paris, and Rome"). */
const HELD_BY = new RegExp(String.raw`^,\s+(${LISTED})(?=\s*(?:[.;:)]|,(?!\s*(?:and|or)\b)|$)|\s+\p{Ll})`, 'u');
/** The names of a list around a name: ", Paris, and Rome" after it, "Paris, Rome and " before its last. */
const LIST_AFTER = new RegExp(String.raw`^(?:\s*,\s*${LISTED})*\s*,?\s+(?:and|or)\s+${LISTED}`, 'u');
export const LIST_BEFORE = new RegExp(String.raw`(?:${LISTED}\s*,\s*)*${LISTED}\s*,?\s+(?:and|or)\s+$`, 'u');
const NAMES = new RegExp(LISTED, 'gu');

/** A place a "where" clause hangs on, behind a preposition: "from Auchterarder, Scotland, where", "in Lyon, where". */
const WHERE_AFTER = new RegExp(String.raw`^(?:\s*,\s*${LISTED})?\s*,\s*where\b`, 'u');
const WHERE_PREPOSITION = String.raw`\b(?:in|at|from|to|into|near|outside|across)\s+(?:the\s+)?`;
const BEHIND_PREPOSITION = new RegExp(String.raw`${WHERE_PREPOSITION}$`);
/** The second of those: "arrived from Auchterarder, |Scotland, where" (the lead and what follows, joined by "|"). */
const HOLDER_OF_WHERE = new RegExp(String.raw`${WHERE_PREPOSITION}${LISTED}\s*,\s*\|\s*,\s*where\b`, 'u');
const placeOfWhere = (lead: string, after: string) =>
  (after.includes('where') || lead.includes('where')) && // (most leads and what follows them hold none)
  ((WHERE_AFTER.test(after) && BEHIND_PREPOSITION.test(lead)) || HOLDER_OF_WHERE.test(`${lead}|${after}`));

/**
 * Whether `lead` ends in " and " or " or ", as LIST_BEFORE's match must: most leads do not, and
 * they are not searched (an unanchored pattern is tried at each capital of the lead).
 */
export function endsInConjunction(lead: string): boolean {
  const t = lead.trimEnd();
  if (t.length === lead.length) return false;
  const word = t.endsWith('and') ? 3 : t.endsWith('or') ? 2 : 0;
  return word > 0 && t.length > word && /\s/.test(t[t.length - word - 1]!);
}

/**
 * A name that a known place holds ("Gulfport, Mississippi") or that stands in a list of known
 * places ("visited Hamburg, Paris, and Rome"): a place too.
 */
function amongKnownPlaces(lead: string, after: string): boolean {
  const held = after.startsWith(',') ? HELD_BY.exec(after) : null;
  if (held && KNOWN_PLACES.has(held[1]!)) return true;
  const before = endsInConjunction(lead) ? LIST_BEFORE.exec(lead)?.[0] : undefined;
  const listAfter = LIST_AFTER.exec(after)?.[0];
  if (before === undefined && listAfter === undefined) return false;
  const others = flatMapOf([listAfter, before], (list) => list?.match(NAMES) ?? []);
  return others.length > 0 && others.every((name) => KNOWN_PLACES.has(name));
}

export const isHonorific = (word: string | null) => word !== null && HONORIFICS.has(word);

/** A word that may follow a given name in a person's name: a surname, an initial, a particle; not "OS", "X", "Store". */
const surnameLike = (w: string) =>
  PARTICLES.has(w) ||
  ARTICLE_PART.test(w) ||
  /^(?:I{2,3}|IV|Jr\.?|Sr\.?)$/.test(w) ||
  (/^\p{Lu}(?:[\p{L}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*|\.)?$/u.test(w) && !TITLES.has(w) && !TAILS.has(w));

/** A word of trade right after a name, which a company or a product has and a person does not: "VW Golf sales", "JP Morgan shares". */
const TRADE_AFTER = new RegExp(String.raw`^\s+(?:${lists.tradeAfter.split(' ').join('|')})\b`, 'u');

/** Compass points in letters: "NE", "SW". */
const COMPASS_LETTERS = set('NE NW SE SW');
/** How often the document writes a word with a capital, inside a sentence or opening one. */
const capitalized = (doc: DocWords, w: string) => (doc.capitals.get(w) ?? 0) + (doc.starts.get(w) ?? 0);

/**
 * "PJ Crowley", "TJ Holmes": two initials written without dots before a surname that the document
 * also writes alone ("Crowley said"), more often than the letters; not "US Army", "UN Office",
 * whose letters stand alone as often ("the US", "the UN").
 */
function initialsBeforeSurname(words: readonly string[], doc: DocWords): boolean {
  const [first, last] = words as [string, string];
  // Not a word in capitals ("NO American"), a compass point ("NE Syria"), or a word after them ("NY Maybe", "TD International").
  if (words.length !== 2 || COMPASS_LETTERS.has(first) || [first, last].some((w) => doc.lower.has(w.toLowerCase()))) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(last) || isListedGivenName(last) || KNOWN_PLACES.has(last)) return false;
  return (
    words.length === 2 &&
    /^\p{Lu}{2}$/u.test(first) &&
    surnameLike(last) &&
    !PARTICLES.has(last) &&
    capitalized(doc, last) > capitalized(doc, first)
  );
}

/** "Brothers", "Gardens": a plural, which no surname-like word after a given name is ("Ross" is no plural). */
const plural = (w: string | undefined) => w !== undefined && /[^s'’]s$/.test(w);

/**
 * "Terry Wolff", "Will Tanner": a given name before surname-like words. A given name that is also
 * an English word counts only in a document that writes neither it nor the words after it in
 * lower case, not behind an article or a place's preposition, and not before a plural ("Mac App
 * Store", "in Grant Park", "the Hope Foundation", "Rose Gardens" name no people).
 */
function givenFirst(run: NameRun, doc: DocWords): boolean {
  const [first, ...rest] = run.words;
  if (!rest.every(surnameLike)) return false;
  if (isGivenName(first!)) return true;
  if (run.before === 'the' || PLACE_PREPOSITIONS.has(run.before) || run.words.length > 3 || [rest[0], rest.at(-1)].some(plural))
    return false;
  return maybeGivenName(first!) && ![first!, ...rest].some((w) => doc.lower.has(w.toLowerCase()));
}
