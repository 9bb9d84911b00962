// Stage 5: actor mentions. The known actors (the gazetteer: countries and the lexicon) and the
// names the text itself gives (actors/names.ts: capitalized runs, typed by actors/kinds.ts;
// actors/people.ts: people named by a role, organizations by an institution word) are found
// first. Each name adds the shorter forms that refer back to it in this document (a surname, a
// company without its suffix, its initials); a second pass then finds every mention with all
// forms, and definite descriptions ("the company") are linked to the actor they refer to.
import type { ActorMention } from '../model/dataset.ts';
import type { ActorDraft, DocContext } from './context.ts';
import type { AnalyzedSentence } from './language/analyze.ts';
import type { Form, Gazetteer } from './actors/gazetteer.ts';
import { firstWord } from './actors/gazetteer.ts';
import { extendGroup, formsAt, longestLeftmost, wordsIn } from './actors/match.ts';
import type { Match } from './actors/match.ts';
import { detectActors } from './actors/people.ts';
import type { Detected } from './actors/people.ts';
import { ARTICLE_PART, PARTICLES, findNameRuns } from './actors/names.ts';
import type { NameRun } from './actors/names.ts';
import { KNOWN_PLACES, NON_NAMES, TITLES, docWords, headlineCells, isHeadline, isRoleWord } from './actors/words.ts';
import type { DocWords } from './actors/words.ts';
import { SITE_AFTER, kindReading } from './actors/kinds.ts';
import { isGivenName, isListedGivenName, maybeGivenName } from './actors/givenNames.ts';
import { HEAD_AFTER, headForm, otherCountrys, sameHeadBetween, shortForms } from './actors/linking.ts';
import { newestModels } from './actors/products.ts';
import { findMakers } from './actors/makers.ts';
import { anotherOffice, appositiveTitle, findAppositives } from './actors/appositives.ts';
import { findDescriptions } from './actors/descriptions.ts';
import { findThingDescriptions } from './actors/thingDescriptions.ts';
import { findGovernments } from './actors/government.ts';
import { isThing, thingOf } from './actors/things.ts';
import { PRONOUNS, findPronouns } from './actors/pronouns.ts';
import { findOrgPronouns } from './actors/orgPronouns.ts';
import { findQuoteSpeakers } from './actors/quotes.ts';
import { findPluralPronouns } from './actors/plurals.ts';
import { findItPronouns } from './actors/itPronouns.ts';
import { setParent, setPlaceParents } from './actors/parents.ts';
import { isCityUse } from './actors/capitalPlaces.ts';
import { firstFrom } from './spans.ts';
import { speakingName, speakingPerson } from './actors/lonePerson.ts';
import { hasFamily, kinPlaces } from './actors/family.ts';
import { actorId, rolesOf } from './actors/identity.ts';
import { slug } from './ids.ts';
import { flatMapOf, mapOf } from './lists.ts';
import { changed, extend } from './objects.ts';
import { sharerOf } from './actors/sharedSurnames.ts';

const NOUNS = new Set(['PROPN', 'NOUN', 'X']);
/** An alias never starts with an article or a pronoun: "The company", "He", "Their". */
const NOT_ALIAS = new RegExp(String.raw`^(?:The|${PRONOUNS.join('|')})\b`);

/** What the actor stage reads: the text, its sentences and their language analysis. */
export type ActorInput = Pick<DocContext, 'text' | 'sentences' | 'analysis'>;
export type ActorOutput = Pick<DocContext, 'actors' | 'actorMentions'>;

export { notNounAt };

export function findActors(input: ActorInput, gazetteer: Gazetteer): ActorOutput {
  const { text, sentences } = input;
  const doc = docWords(text, sentences);
  // Both passes over the known forms look up the same words: they are found once, and so are the
  // lexicon's forms at each (the second pass looks up only the document's own forms before them).
  const sentenceWords = mapOf(sentences, (s) => wordsIn(text, s.start, s.end));
  const listed = mapOf(sentences, (s, i) => formsAt(text, sentenceWords[i]!, s.end, [gazetteer.forms]));
  const firstPass = flatMapOf(listed, (found) => longestLeftmost(found));
  const notNames = notNounAt(input.analysis.sentences);
  const known = (form: string) => gazetteer.forms.get(firstWord(form))?.find((f) => f.text === form);
  const isCountry = (name: string) => {
    const form = known(name);
    return form !== undefined && gazetteer.actors.get(form.actorId)?.kind === 'country';
  };
  const runs = flatMapOf(sentences, (s) => findNameRuns(text, s, doc, notNames, (w) => isPeople(w, known), isCountry));
  const detected = [...flatMapOf(sentences, (s) => bodyOnly(text, doc, s)), ...recognize(text, runs, doc, known)];
  // Full names before the short forms that may refer back to them, then in text order.
  const words = new Map(detected.map((d) => [d, d.name.split(' ').length]));
  detected.sort((a, b) => words.get(b)! - words.get(a)! || a.start - b.start);
  const drafts = new Map<string, ActorDraft>();
  const roles = new Map<string, Set<string>>();
  const owners = new Map<string, Set<string>>(); // short form → actors it could refer to
  // A place the document names on evidence ("flew to Scotland", "Auchterarder, Scotland") is no short
  // form of a body whose name it opens ("Scotland Yard"): every "Scotland" of the document stays the place.
  const onEvidence = detected.filter((d) => (d.kind === 'place' || d.kind === 'country') && !d.guessed);
  const places = new Set([...onEvidence.map((d) => d.name), ...heldBy(text, onEvidence, detected)]);
  const addShort = (name: string, id: string, kind: ActorDraft['kind']) => {
    for (const form of shortForms(name, kind, doc)) {
      if (known(form) || (kind !== 'person' && places.has(form))) continue;
      owners.set(form, (owners.get(form) ?? new Set()).add(id));
    }
  };
  // "the League" after "the Arab League": a body's head word, only after "the", names the one body of the document it ends.
  const heads = new Map<string, Set<string>>();
  const addHead = (name: string, id: string, kind: ActorDraft['kind']) => {
    const form = headForm(name, kind);
    if (form && !known(form)) heads.set(form, (heads.get(form) ?? new Set()).add(id));
  };
  for (const m of firstPass) {
    const actor = gazetteer.actors.get(m.form.actorId)!;
    if (actor.kind === 'person') addShort(actor.name, actor.id, 'person');
    addHead(actor.name, actor.id, actor.kind);
  }
  const resolved: [Detected, string][] = [];
  const votes = new Map<string, ActorDraft['kind'][]>();
  const sure = new Map<string, Set<ActorDraft['kind']>>(); // kinds some use gave on evidence, not as a guess
  for (const found of detected) {
    const id = gazetteer.notActors.has(found.name) || NON_NAMES.has(found.name) ? null : resolve(found, known, drafts, owners);
    if (!id) continue;
    resolved.push([found, id]);
    const draft = drafts.get(id);
    if (draft && found.name.split(' ').length > 1) addShort(found.name, id, draft.kind);
    if (draft?.name === found.name) addHead(found.name, id, draft.kind);
    if (found.title) roles.set(id, new Set([...(roles.get(id) ?? []), ...rolesOf(found.title)]));
    if (draft?.name === found.name) {
      votes.set(id, [...(votes.get(id) ?? []), found.kind]);
      if (!found.guessed) sure.set(id, (sure.get(id) ?? new Set()).add(found.kind));
    }
  }
  // A name the document uses several ways takes the kind most of its uses give it; "in Baltimore"
  // and a title before a name say more than a capitalized word alone.
  for (const [id, kinds] of votes) {
    const draft = drafts.get(id)!;
    draft.kind = mostVoted(kinds);
    if (!sure.get(id)?.has(draft.kind)) draft.guessed = true;
  }
  const local = new Map<string, Form[]>();
  const addLocal = (form: string, actorId: string) => {
    const list = local.get(firstWord(form)) ?? [];
    if (!list.some((f) => f.text === form)) list.push({ text: form, actorId, kind: 'name' });
    list.sort((a, b) => b.text.length - a.text.length);
    local.set(firstWord(form), list);
  };
  for (const [found, id] of resolved) {
    addLocal(found.name, id);
    const surface = text.slice(found.start, found.end).replace(/\s+/g, ' ');
    // A plural named by its singular; a name written with a spaced hyphen ("Wal - Mart").
    if ((found.kind === 'product' || surface.includes(' - ')) && surface !== found.name) addLocal(surface, id);
  }
  const actorOf = (id: string) => gazetteer.actors.get(id) ?? drafts.get(id);
  const shared = new Map<string, string[]>();
  for (const [form, ids] of owners) {
    const own = slug(form);
    if (ids.size === 1 || ids.has(own)) addLocal(form, ids.has(own) ? own : [...ids][0]!);
    else if (!form.includes(' ') && [...ids].every((id) => actorOf(id)?.kind === 'person' && actorOf(id)!.name.endsWith(` ${form}`))) {
      // A surname several people of the document share: each mention says whose (`sharerOf`).
      shared.set(form, [...ids]);
      addLocal(form, [...ids][0]!);
    }
  }
  const headOf = new Map<string, string>();
  for (const [form, ids] of heads) if (ids.size === 1 && !local.get(form)?.some((f) => f.text === form)) headOf.set(form, [...ids][0]!);
  for (const [form, id] of headOf) addLocal(form, id);

  // The title written right before each name: "President |Obama".
  const titleAt = new Map(detected.filter((d) => d.title).map((d) => [d.start, d.title]));
  // Whether a person's full name holds a particle before the surname ("Saif |al-Islam Gaddafi").
  const withParticle = (id: string) =>
    (actorOf(id)?.name.split(' ').slice(1, -1) ?? []).some((w) => PARTICLES.has(w) || ARTICLE_PART.test(w));
  let mentions: ActorMention[] = [];
  /** The city a capital names where it is a place (capitalPlaces.ts), inside its country. */
  const cityOf = (name: string, countryId: string) => {
    const id = actorId(name, 'place');
    if (!actorOf(id)) drafts.set(id, { id, name, kind: 'place', aliases: [], parentId: countryId });
    return actorOf(id)!.id;
  };
  const demonyms = new Set<ActorMention>();
  const lastFull = new Map<string, number>();
  for (const [i, s] of sentences.entries()) {
    for (const found of longestLeftmost(formsAt(text, sentenceWords[i]!, s.end, [local], listed[i]))) {
      const isLocal = local.get(firstWord(found.form.text))?.includes(found.form) ?? false;
      if (!isLocal && insideName(found, runs, text)) continue;
      const sharers = isLocal ? shared.get(found.form.text) : undefined;
      let raw = found;
      if (sharers) {
        const sharer = sharerOf(
          titleAt.get(found.start),
          sharers.map((id) => ({
            id,
            roles: roles.get(id) ?? new Set(),
            listed: gazetteer.actors.has(id),
            particle: withParticle(id),
          })),
        );
        if (!sharer) continue; // its own actor would join, across documents, people of one common name ("Ahmed")
        raw = changed(found, { form: changed(found.form, { actorId: sharer }) });
      }
      // Not "League" mid-sentence, nor "the |Court of Appeals" of another name.
      const head = headOf.get(raw.form.text) === raw.form.actorId;
      if (head && (!HEAD_AFTER.test(text.slice(Math.max(0, raw.start - 5), raw.start)) || insideName(raw, runs, text))) continue;
      // Not with a "commission" of another between the body's last full name and "the Commission".
      const full = lastFull.get(raw.form.actorId);
      if (head && sameHeadBetween(raw.form.text, text.slice(full ?? 0, raw.start))) continue;
      if (!head) lastFull.set(raw.form.actorId, raw.end);
      const actor = actorOf(raw.form.actorId);
      if (!actor) continue;
      const prev = mentions.at(-1);
      const countryBefore = prev !== undefined && actorOf(prev.actorId)?.kind === 'country' && prev.actorId !== actor.parentId;
      if (otherCountrys(raw.form.text, text, text.slice(prev?.end ?? 0, raw.start), countryBefore)) continue;
      if (raw.form.kind === 'capital' && isCityUse(text, raw.start, s.start, raw.end)) {
        mentions.push({ start: raw.start, end: raw.end, text: text.slice(raw.start, raw.end), actorId: cityOf(raw.form.text, actor.id) });
        continue;
      }
      const m: Match = actor.kind === 'person' ? raw : extendGroup(text, raw, s.end);
      const mention = { start: m.start, end: m.end, text: text.slice(m.start, m.end), actorId: actor.id };
      if (raw.form.kind === 'demonym' && m.end === raw.end) demonyms.add(mention);
      mentions.push(mention);
    }
  }
  const groupMentions = mentions.filter((m) => actorOf(m.actorId)?.kind !== 'person');
  for (const [found, id] of resolved) setParent(text, found, drafts.get(id), groupMentions, gazetteer, firstPass);
  setPlaceParents(
    text,
    mentions,
    (id) => drafts.get(id),
    // A known place, states and regions among them ("Mississippi"), may hold a city named before it;
    // a city that lies in a country holds none ("Bremerhaven, Paris, Rome" is a list).
    (id) => actorOf(id)?.kind === 'country' || (KNOWN_PLACES.has(actorOf(id)?.name ?? '') && !actorOf(id)?.parentId),
  );
  // A demonym alone describes ("an Egyptian company"); it names the country only as a group ("Egyptian officials").
  mentions = mentions.filter((m) => !demonyms.has(m));
  mentions = newestModels(text, mentions, actorOf);
  // "Ana Ruiz, the prime minister, …": a title set after a name is that person's too.
  const setOff = findAppositives(text, sentences, mentions, (id) => actorOf(id)?.kind);
  for (const a of setOff) {
    const title = actorOf(a.actorId)?.kind === 'person' ? appositiveTitle(a.text) : null;
    // "Tom Berg, the president of the student union," beside "President Mubarak": another office.
    const held = (t: string) => [...roles].some(([id, r]) => id !== a.actorId && [...rolesOf(t)].some((x) => r.has(x)));
    if (title && anotherOffice(a.text, isCountry) && held(title)) continue;
    if (title) roles.set(a.actorId, new Set([...(roles.get(a.actorId) ?? []), ...rolesOf(title)]));
  }
  const facts = (id: string) => {
    const actor = actorOf(id);
    return actor && { kind: actor.kind, roles: roles.get(id) ?? new Set<string>(), parentId: actor.parentId ?? null };
  };
  // "Orvell, the maker of the Nimbus 2": a company described by its product, before any other description.
  mentions.push(...findMakers(text, sentences, mentions, (id) => actorOf(id)?.kind));
  mentions.sort((a, b) => a.start - b.start);
  // "The Syrian president": the demonym left out above still says whose president.
  // Not the head of a phrase set off after another's name: "Tom Berg, |the president of the student union,".
  const described = findDescriptions(text, sentences, mentions, facts, [...demonyms]);
  mentions.push(...described.filter((d) => !setOff.some((a) => a.start === d.start && d.end <= a.end && a.actorId !== d.actorId)));
  mentions.sort((a, b) => a.start - b.start);
  // "Hurricane Katrina … the storm": what a named storm or craft is ("the storm", "the shuttle") names it.
  const tokens = flatMapOf(input.analysis.sentences, (s) => s.tokens);
  const classOf = (id: string) => {
    const actor = actorOf(id);
    return actor && isThing(actor.kind) ? (thingOf(actor.name.split(' '), doc.things) ?? undefined) : undefined;
  };
  mentions.push(...findThingDescriptions(text, tokens, mentions, classOf));
  mentions.sort((a, b) => a.start - b.start);
  mentions.push(...findGovernments(text, sentences, mentions, (id) => actorOf(id)?.kind));
  mentions.sort((a, b) => a.start - b.start);
  mentions.push(...findAppositives(text, sentences, mentions, (id) => actorOf(id)?.kind));
  mentions.sort((a, b) => a.start - b.start);
  mentions.push(...findPronouns(text, sentences, mentions, (id) => actorOf(id)?.kind));
  mentions.push(...findOrgPronouns(text, sentences, mentions, (id) => actorOf(id)?.kind));
  mentions.push(...findPluralPronouns(text, sentences, mentions, (id) => actorOf(id)?.kind));
  mentions.push(...findItPronouns(text, sentences, mentions, (id) => actorOf(id)?.kind));
  mentions.sort((a, b) => a.start - b.start);
  mentions.push(
    ...findQuoteSpeakers(
      text,
      mentions,
      (id) => actorOf(id)?.kind,
      (id) => (gazetteer.actors.get(id) ?? drafts.get(id))?.parentId ?? null,
    ),
  );
  mentions.sort((a, b) => a.start - b.start);

  const forms = new Map<string, Set<string>>();
  for (const m of mentions) forms.set(m.actorId, (forms.get(m.actorId) ?? new Set()).add(m.text));
  const actors = [...forms.keys()].map((id) => {
    const actor = actorOf(id)!;
    const own = !gazetteer.actors.has(id);
    const aliases = [...forms.get(id)!]
      .filter((alias) => alias !== actor.name && /^(?:\p{Lu}|\p{Ll}{1,2}\p{Lu})/u.test(alias) && !NOT_ALIAS.test(alias))
      .sort();
    const draft: ActorDraft = {
      id,
      name: actor.name,
      kind: actor.kind,
      aliases,
      parentId: own ? drafts.get(id)!.parentId : actor.parentId,
    };
    if (own && drafts.get(id)!.guessed) draft.guessed = true;
    return draft;
  });
  return { actors, actorMentions: mentions };
}

/**
 * Whether the tagger calls a word starting at an offset no noun. names.ts asks only of words that
 * open a clause or follow a dash: each is looked up by halves in its sentence's tokens, not all
 * the document's words gathered beforehand.
 */
function notNounAt(sentences: readonly AnalyzedSentence[]): Pick<ReadonlySet<number>, 'has'> {
  return {
    has: (start) => {
      const tokens = sentences[firstFrom(sentences, start + 1) - 1]?.tokens ?? [];
      for (let i = firstFrom(tokens, start); tokens[i]?.start === start; i++) if (!NOUNS.has(tokens[i]!.pos)) return true;
      return false;
    },
  };
}

/**
 * The people and bodies a sentence names by a role or an institution word (people.ts), unless in
 * a title-case headline or a table's headline cell: "Ambassador Khalilzad Calls Iraqi Elections …"
 * names nobody by its capitals (its names are the body's).
 */
function bodyOnly(text: string, doc: DocWords, sentence: { start: number; end: number }): Detected[] {
  const toks = doc.tokens(sentence);
  if (isHeadline(toks)) return [];
  const found = detectActors(text, sentence.start, sentence.end);
  const cells = found.length ? headlineCells(text, toks) : new Set<number>();
  if (!cells.size) return found;
  const styled = toks.filter((_, i) => cells.has(i));
  return found.filter((d) => !styled.some((t) => t.start <= d.roleStart && d.roleStart < t.end));
}

const WEIGHT: Partial<Record<ActorDraft['kind'], number>> = { place: 2, person: 2 };

function mostVoted(kinds: readonly ActorDraft['kind'][]): ActorDraft['kind'] {
  const score = new Map<ActorDraft['kind'], number>();
  for (const k of kinds) score.set(k, (score.get(k) ?? 0) + (WEIGHT[k] ?? 1));
  return [...score].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/** Names from the shape of the text that name an actor, with the kind their words and their use give them. */
function recognize(text: string, runs: readonly NameRun[], doc: DocWords, known: (form: string) => Form | undefined): Detected[] {
  // Found when first needed, held only while this document's names are read (a module-level cache
  // would keep the last document's whole text alive).
  let kinAt: number[] | undefined;
  return flatMapOf(runs, (whole): Detected[] => {
    let run = whole;
    const lead = (r: NameRun) => text.slice(Math.max(0, r.start - 80), r.start);
    let { kind, guessed } = kindReading(run, doc, text.slice(run.end, run.end + 40), lead(run));
    // "Deputy Chief of Mission Alex Arvizu", "Speaker of the House John Boehner": the end of a role
    // written before a person's name is no part of it.
    const person =
      (kind !== 'person' || guessed) && personAfterRole(text, run, doc, (r) => kindReading(r, doc, text.slice(r.end, r.end + 40), lead(r)));
    if (person) {
      run = person;
      ({ kind, guessed } = { kind: 'person', guessed: false });
    }
    // "Ambassador to Iraq Zalmay Khalilzad": the country belongs to the title, the name after it is the person.
    const posted = postedTo(text, run, known, (r) => kindReading(r, doc, text.slice(r.end, r.end + 40), lead(r)));
    if (posted) {
      run = posted;
      ({ kind, guessed } = kindReading(run, doc, text.slice(run.end, run.end + 40), lead(run)));
    }
    // A country before a person's name is no part of it: "U.S. Jobs", "Egypt Mubarak".
    if (kind === 'person' && run.words.length > 1 && known(run.words[0]!)) {
      const skip = run.words[1] === 'of' && run.words.length > 2 ? 2 : 1; // "Qatar of |Eman al-Obeidy"
      const start = text.indexOf(run.words[skip]!, run.start + run.words[0]!.length);
      run = extend(run, { start, roleStart: start, words: run.words.slice(skip), before: '' });
      ({ kind, guessed } = kindReading(run, doc, text.slice(run.end, run.end + 40), lead(run)));
    }
    // "Iraqis", "the Qataris": a demonym's plural names the country's people, a group (`resolve`);
    // a sentence's first word before it describes them ("Local Iraqis said").
    const last = run.words.at(-1)!;
    if (isPeople(run.words.join(' '), known)) {
      kind = 'group'; // "North Koreans"
      guessed = false;
    } else if (isPeople(last, known)) {
      const start = run.end - last.length;
      run = extend(run, { start, roleStart: start, words: [last], title: null });
      kind = 'group';
      guessed = false;
    }
    if (kind === 'place') run = siteName(text, run, known);
    if ((!kind || kind === 'organization') && run.words.length === 1 && !run.possessive && speakingPerson(text, run.start, run.end)) {
      kind = 'person';
      guessed = false;
    }
    // "Tarek Qawasmi said he …", "Qawasmi's brother": a full name no word of which said who it is.
    if (
      kind === 'organization' &&
      guessed &&
      !run.possessive &&
      (speakingName(text, run.start, run.end) || hasFamily(text, (kinAt ??= kinPlaces(text)), run.words.at(-1)!))
    ) {
      kind = 'person';
      guessed = false;
    }
    if (!kind) return [];
    const name = text.slice(run.start, run.end).replace(/\s+/g, ' ').replace(/ - /g, '-'); // "Wal - Mart" is Wal-Mart
    // "iPods" names the product "iPod" when the document writes the singular too.
    const one = kind === 'product' && /[^s]s$/.test(name) && written(doc, name.slice(0, -1)) ? name.slice(0, -1) : name;
    return [{ start: run.start, end: run.end, name: one, kind, title: run.title, roleStart: run.roleStart, guessed }];
  });
}

/**
 * A person's name after words the document also writes in lower case, which end a role or a body
 * ("… of State Hillary Clinton", "Libyan Leader Moammar Gadhafi"): the name alone, when its own words
 * say it is a person's (a given name first, a title use of the surname).
 */
function personAfterRole(
  text: string,
  run: NameRun,
  doc: DocWords,
  read: (r: NameRun) => { kind: ActorDraft['kind'] | null; guessed: boolean },
): NameRun | null {
  const { words } = run;
  let k = 0;
  let start = run.start;
  while (k < words.length - 2 && doc.lower.has(words[k]!.toLowerCase()) && !maybeGivenName(words[k]!)) {
    start = text.indexOf(words[k + 1]!, start + words[k]!.length);
    k++;
  }
  // Only behind "of" or "for", or with a word of a role among them ("Leader"): "the Camp David Accords" is one name.
  if (
    k === 0 ||
    start < 0 ||
    !(/\b(?:of|for)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, run.start - 12), run.start)) || words.slice(0, k).some(isRoleWord))
  )
    return null;
  const rest = extend(run, { start, roleStart: start, words: words.slice(k), before: words[k - 1]!.toLowerCase(), title: null });
  const reading = read(rest);
  return reading.kind === 'person' && !reading.guessed ? rest : null;
}

/** A possessive before a place's name after "the": "the |King's |Cross station". */
const OWNER_OF_SITE = /\bthe\s+(\p{Lu}\p{Ll}+['’]s)\s+$/u;

/**
 * A place's name with what the run left out or took in: a title before it ("King Cross station"),
 * a possessive after "the" ("the King's Cross station"); not a country's initials at its end
 * ("the Kadena U.S. air base").
 */
function siteName(text: string, run: NameRun, known: (form: string) => Form | undefined): NameRun {
  const last = run.words.at(-1)!;
  if (run.words.length > 1 && /^(?:\p{Lu}\.)+$/u.test(last) && known(last)) {
    const end = run.start + text.slice(run.start, run.end - last.length).trimEnd().length;
    return { ...run, end, words: run.words.slice(0, -1), possessive: false };
  }
  if (run.title) return { ...run, start: run.roleStart, words: text.slice(run.roleStart, run.end).split(/\s+/), title: null };
  const owner = OWNER_OF_SITE.exec(text.slice(Math.max(0, run.start - 40), run.start));
  if (!owner || !SITE_AFTER.test(text.slice(run.end, run.end + 40))) return run;
  const start = run.start - owner[0].length + owner[0].indexOf(owner[1]!);
  return { ...run, start, roleStart: start, words: [owner[1]!, ...run.words] };
}

/** A title and its "to" or "of" right before a run: "Ambassador to |Iraq Zalmay Khalilzad", "Minister of |Gabon Ana Ruiz". */
const TITLE_TO = new RegExp(String.raw`\b(${[...TITLES].map((t) => t.replace('.', '\\.')).join('|')})\s+(?:to|of|for)\s+(?:the\s+)?$`, 'u');

/**
 * The person in a run that opens with the country or body a title names behind "to" or "of"
 * ("Ambassador to Iraq Zalmay Khalilzad", "Director of National Intelligence James Clapper",
 * "Secretary of State Hillary Clinton"), the title now ending with that country or body: a known
 * place, or the words before a given name that opens a person's name; null otherwise.
 */
function postedTo(
  text: string,
  run: NameRun,
  known: (form: string) => Form | undefined,
  read: (r: NameRun) => { kind: ActorDraft['kind'] | null; guessed: boolean },
): NameRun | null {
  const title = TITLE_TO.exec(text.slice(Math.max(0, run.start - 40), run.start));
  if (!title) return null;
  const roleStart = run.start - (text.slice(Math.max(0, run.start - 40), run.start).length - title.index);
  const from = (n: number) => {
    const start = text.indexOf(run.words[n]!, run.start + run.words.slice(0, n).join(' ').length);
    const role = text.slice(roleStart, start).trim().replace(/\s+/g, ' ');
    return extend(run, { start, roleStart, words: run.words.slice(n), before: '', title: role });
  };
  for (let n = Math.min(3, run.words.length - 1); n >= 1; n--) if (known(run.words.slice(0, n).join(' '))) return from(n);
  for (let n = 1; n < run.words.length - 1; n++) {
    if (!isGivenName(run.words[n]!)) continue;
    const rest = from(n);
    const reading = read(extend(rest, { title: null, roleStart: rest.start }));
    return reading.kind === 'person' && !reading.guessed ? rest : null;
  }
  return null;
}

/** The demonym whose plural the word is: "Chileans", "Iraqis". */
function demonymOf(word: string, known: (form: string) => Form | undefined): Form | undefined {
  const form = /s$/.test(word) ? known(word.slice(0, -1)) : undefined;
  return form?.kind === 'demonym' ? form : undefined;
}
const isPeople = (word: string, known: (form: string) => Form | undefined) => demonymOf(word, known) !== undefined;

const written = (doc: DocWords, word: string) => doc.lower.has(word) || doc.capitals.has(word) || doc.starts.has(word);

/** A known form inside a longer name is not that actor: "Mann" in "Jonathan Mann", "Island" in "Staten Island". */
function insideName(m: Match, runs: readonly NameRun[], text: string): boolean {
  const i = firstFrom(runs, m.start + 1) - 1;
  const run = runs[i];
  if (run !== undefined && run.end >= m.end && run.words.length > 1 && (run.start < m.start || run.end > m.end)) return true;
  // "Secretary of State for Northern |Ireland| Karen Bradley": the last word of a longer name in a title's portfolio.
  const next = runs[i + 1];
  return (
    next !== undefined &&
    next.title !== null &&
    next.roleStart < m.start &&
    m.end <= next.start &&
    /\p{Lu}\p{L}*\s+$/u.test(text.slice(next.roleStart, m.start))
  );
}

/** The actor a name refers to: a known actor of that name, one named in full earlier by this short form, or a new actor. */
function resolve(
  found: Detected,
  known: (form: string) => Form | undefined,
  drafts: Map<string, ActorDraft>,
  owners: ReadonlyMap<string, ReadonlySet<string>>,
): string | null {
  const form = known(found.name);
  if (form) return form.kind === 'name' ? form.actorId : null;
  // "Iraqis voted", "the Qataris": a demonym's plural names the country's people, a group of its own
  // that belongs to the country (so that the country's events still hold it), not the state.
  const people = demonymOf(found.name, known);
  if (people) {
    const id = actorId(found.name, 'group');
    if (!drafts.has(id)) drafts.set(id, { id, name: found.name, kind: 'group', aliases: [], parentId: people.actorId });
    return id;
  }
  const id = actorId(found.name, found.kind);
  const short = owners.get(found.name);
  if (short) return short.has(id) ? id : short.size === 1 ? [...short][0]! : null;
  if (found.kind === 'person' && isListedGivenName(found.name)) return null; // "Steve" alone, with no Steve named in full

  if (!id) return null;
  if (!drafts.has(id)) drafts.set(id, { id, name: found.name, kind: found.kind, aliases: [], parentId: null });
  return id;
}

/**
 * What follows a place's holder: an end, a preposition or a past verb ("Police in Auchterarder,
 * Scotland, questioned"); not what goes on after someone called ("in Egypt, Hala, but as we know").
 */
const PHRASE_END = /^(?:\s*[.;:)]|\s*$|,\s+(?:on|in|at|to|from|for|before|after|until|since|during|where|when|with|\p{Ll}+ed)\b)/u;
/** A name of one word that closes a place's phrase after a comma names the place that holds it: "Auchterarder, |Scotland|, on Monday". */
function heldBy(text: string, places: readonly Detected[], detected: readonly Detected[]): string[] {
  const ends = new Set(places.map((p) => p.end));
  return detected
    .filter((d) => !d.name.includes(' '))
    .filter((d) => {
      const comma = /,\s+$/.exec(text.slice(Math.max(0, d.start - 4), d.start));
      return comma !== null && ends.has(d.start - comma[0].length) && PHRASE_END.test(text.slice(d.end, d.end + 24));
    })
    .map((d) => d.name);
}
