// Stage 6: who says what. For each sentence: the source it is attributed to ("Axios sources
// indicate …", "“…,” stated Jake Sullivan", "according to Reuters", "…, officials said"), the cue
// words, and the hedges ("reportedly", "allegedly"). The certainty is the least certain cue found.
import type { ActorKind, ActorMention, Attribution, Certainty } from '../model/dataset.ts';
import type { Claim, DocContext, Sentence, Span } from './context.ts';
import cues from './attribution/cues.json' with { type: 'json' };
import { bySentence, within } from './spans.ts';
import { DENIAL_FORMS, verbCertainty } from './attribution/cueVerbs.ts';
import { dateline, type Dateline } from './events/datelines.ts';
import { outletDatelineLength } from './events/lines.ts';
import { PLACES } from './events/placeWords.ts';
import participantWords from './events/participants.json' with { type: 'json' };
import { BARE_DAYS, TELLING } from './events/telling.ts';

const RANK: Record<Certainty, number> = { stated: 0, reported: 1, claimed: 2, estimated: 3 };
const SOURCE_NOUNS = new Set(cues.sourceNouns);
const VERBS = [...verbCertainty.keys()].join('|');
const spaced = (phrase: string) => phrase.replace(/ /g, '\\s+');
const ADVERBS = Object.entries(cues.adverbs).flatMap(([certainty, list]) =>
  list.map((phrase) => ({
    pattern: new RegExp(String.raw`(?<![\p{L}])${spaced(phrase)}(?![\p{L}])`, 'iu'),
    certainty: certainty as Certainty,
    /** The phrase's longest word, in lower case: a sentence without it is not searched for the phrase. */
    word: phrase
      .toLowerCase()
      .split(' ')
      .reduce((a, b) => (b.length > a.length ? b : a)),
  })),
);
/**
 * The two letters that match an ASCII letter case-insensitively but do not lower-case to one
 * ("ſ", the Kelvin sign): in a sentence with neither, a pattern matches only where the sentence's
 * lower case holds its words.
 */
const FOLDS_TO_ASCII = /[\u017f\u212a]/;
/** Any of the adverbs: a sentence with none (most) is not searched for each one. */
const ADVERB_PHRASES = Object.values(cues.adverbs).flat().map(spaced).join('|');
export const ANY_ADVERB = new RegExp(String.raw`(?<![\p{L}])(?:${ADVERB_PHRASES})(?![\p{L}])`, 'iu');
/**
 * The same phrases inside any word: a sentence without them (most) is not searched with the
 * look-behind at each of its letters; found twice as fast.
 */
export const ADVERB_ANYWHERE = new RegExp(ADVERB_PHRASES, 'iu');

/** "Label: " or "First, " before a sentence's subject. */
const PREFIX = /^(?:[\p{L}\p{N} ]{1,40}:\s+|(?:First|Second|Third|Fourth|Fifth|Finally|Meanwhile|However|Separately|Also),\s+)*/u;
const WORD = /[^\s]+/g;
// Quotation marks: typographic, straight, and the ``…'' of older wire copy.
const OPEN = String.raw`(?:[“"]|\x60\x60)`;
const CLOSE = String.raw`(?:[”"]|'')`;
const QUOTED = String.raw`(?<quote>(?:(?!${CLOSE})[^“])+?)[,.!?]?${CLOSE}`;
/**
 * Words up to the next punctuation, where a dot inside an abbreviation ("U.S. official") or after a
 * short title before a name ("said Capt. Ana Ruiz", "Lt. Col. Ana Ruiz said") does not count.
 */
const PHRASE = String.raw`(?:[^,.;“”"]|\.(?=\S)|(?<=(?:^|[\s.])\p{Lu})\.|(?<=(?:^|\s)\p{Lu}\p{Ll}{1,3})\.(?=\s+\p{Lu}))`;
/** Where a source ends: at a comma, or a dot that ends the sentence rather than a title or an initial ("Capt. Ana Ruiz", "U.S. military"). */
const SOURCE_END = String.raw`[,;]|(?<!(?:^|[\s.])\p{Lu})\.(?!\S)(?!\s+\p{Lu})`;
const QUOTE_THEN_SOURCE = new RegExp(
  String.raw`^${OPEN}${QUOTED}\s*,?\s*(?<cue>${VERBS})\s+(?<source>${PHRASE}+?)(?=\s+(?:during|at|in|on|after|before|while|when|as|from|to|about|of)\s|${SOURCE_END}|$)`,
  'u',
);
const QUOTE_SOURCE_THEN_CUE = new RegExp(
  String.raw`^${OPEN}${QUOTED}\s*,?\s*(?<source>\p{Lu}${PHRASE}{0,60}?)\s+(?<cue>${VERBS})(?=[\s,.]|$)`,
  'u',
);
const ACCORDING = new RegExp(String.raw`according\s+to\s+(?<source>${PHRASE}{2,80}?)(?=\s+(?:who|which|that)\s|${SOURCE_END}|$)`, 'u');
/**
 * What may follow a trailing cue: up to three words ("late Tuesday", "told reporters"), or a
 * phrase of an occasion or a place that opens with a preposition and a determiner or a name, after
 * "reporters" or none, and holds no clause of its own ("at a briefing on the fiscal 2011 budget",
 * not "in the Rose Garden after touring the area Sept. 2" nor "indicate at least 80 percent").
 */
const CUE_TAIL = String.raw`(?:(?:\s+[^\s,;]+){0,3}?|(?:\s+(?:reporters|journalists))?\s+(?:at|during|in|on|about|outside|via|with)\s+(?:a|an|the|his|her|their|its|\p{Lu}[^\s,;]*)(?:\s+(?!(?:after|before|while|when|as|following|because|since|until|where|who|which|that|and|or|but)\s)[^\s,;]+){0,12}?)`;
/** "…, officials said late Tuesday." "…, a senior U.S. official told reporters." "…, the mayor said at a briefing on the budget." */
const TRAILING = new RegExp(String.raw`,\s*(?<source>${PHRASE}{2,60}?)\s+(?<cue>${VERBS})${CUE_TAIL}[.!]?$`, 'u');
/**
 * What TRAILING needs and most sentences lack, found at a glance: a comma, and a cue after a space
 * that ends a word. A sentence without them is not searched for the trailing source, a pattern
 * that tries every comma.
 */
const CUE_WORD = new RegExp(String.raw`\s(?:${VERBS})(?![^\s.!])`, 'u');
const mayTrail = (text: string) => text.includes(',') && CUE_WORD.test(text);
/** Words that end a phrase before a cue without naming the source: "Bush also said", "officials meanwhile warned". */
const SOURCE_TAIL = /(?:\s+(?:also|meanwhile|however|too|now|then|later|again|further|earlier|previously))+$/;
/** A place after the cue: "in Tripoli ", "at Heathrow Airport ", "at the White House ". */
const CUE_PLACE = String.raw`(?:in|at)\s+(?:the\s+)?\p{Lu}[^\s,;]*\s+(?:\p{Lu}[^\s,;]*\s+){0,2}`;
/**
 * After the cue, a date may come before "that": "said Thursday that", "announced last week that",
 * after a place or two too: "told reporters in Tripoli on Sunday that", "told reporters at Heathrow
 * Airport in London on Monday that".
 */
const CUE_THAT = new RegExp(
  String.raw`^\s+(?:(?:\S+\s+){0,3}?|(?:[^\s,;]+\s+){0,2}?(?:${CUE_PLACE}){1,2}(?:[^\s,;]+\s+){0,3}?)that(?=\s)`,
  'u',
);
/** Words that are no one told: "told reporters after the meeting", "tell me what". */
const NOT_TOLD = `(?:${participantWords.notTold.split(' ').join('|')})`;
/** A capitalized word of a name: "BBC's", "Al-Arabiya". */
const CAP = String.raw`\p{Lu}[\p{L}.'’&]*(?:-\p{Lu}[\p{L}.'’&]*)*`;
/** A plain word of the one told, no verb's past ("news agency", "reporters"; not "troops stormed"). */
const PLAIN = String.raw`(?!${NOT_TOLD}\s)(?![\p{Ll}-]+ed\s)\p{Ll}[\p{Ll}-]*`;
/** A word that opens the subject of what is told: a pronoun, an article, a possessive. */
const OPENS = '(?:he|she|they|we|it|I|the|his|its|their)';
/** A day said bare: "Friday", "yesterday". */
const DAY = `(?:${[...BARE_DAYS].map((d) => `[${d[0]!.toUpperCase()}${d[0]}]${d.slice(1)}`).join('|')})`;
/**
 * After a verb of telling with no "that", the one told and maybe the day, up to the subject of what
 * is told: "told CNN Friday | he had resigned", "told the BBC's Jim Muir | the army …", "told
 * reporters Monday | Israel had …". The one told is a name and one or two plain words ("reporters", "them", "the Reuters news agency"),
 * never what follows it ("told reporters after the meeting", "told Reuters troops stormed …").
 */
const TOLD_WHOM = new RegExp(
  String.raw`^\s+(?:(?:the|a)\s+)?(?:(?:${PLAIN}\s+){0,2}?(?:${CAP}\s+){1,4}?(?:${PLAIN}\s+){0,2}?(?:(?:on\s+)?${DAY}\s+)?(?=${OPENS}\s)|(?:${PLAIN}\s+){1,2}?(?:(?:on\s+)?${DAY}\s+)?(?=${OPENS}\s|\p{Lu}))`,
  'u',
);
const AUXILIARY = /^(?:is|are|was|were|be|been|being|has|have|had)$/i;
/** A source is a noun phrase: no verb, negation or subordinating word ("Although Abacha had not publicly announced"). */
const NOT_A_SOURCE =
  /(?:^|\s)(?:is|are|was|were|be|been|has|have|had|do|does|did|not|never|will|would|could|should|may|might|can|must|although|though|while|if|when|because|unless|whether|since|after|before)(?=\s|$)/i;
/** "As VOA correspondent Purnell Murdock reports, …": a source that opens the sentence. */
const AS_SOURCE = new RegExp(String.raw`^As\s+(?<source>${PHRASE}{2,80}?)\s+(?<cue>${VERBS}),\s+`, 'u');

const KIND_PRIORITY: readonly ActorKind[] = [
  'person',
  'media',
  'organization',
  'group',
  'country',
  'place',
  'index',
  'product',
  'craft',
  'storm',
];

/** What attribution reads: the sentences and the actors named in them. */
export type AttributionInput = Pick<DocContext, 'text' | 'sentences' | 'actors' | 'actorMentions'>;

/** One claim per sentence: who says it and how sure they are. */
export function attribute(ctx: AttributionInput): Claim[] {
  const mentions = bySentence(ctx.sentences, ctx.actorMentions);
  const kinds = new Map(ctx.actors.map((a) => [a.id, a.kind]));
  // Where the dateline ends, a country opening the line counts as its place ("Riga -- " names Latvia).
  const opening = dateline(ctx.text, ctx.actorMentions, (id) => (PLACES.includes(kinds.get(id)) ? 'place' : kinds.get(id)));
  return ctx.sentences.map((s, i) => attributeSentence(ctx.text, s, mentions[i]!, kinds, datelineEnd(ctx.text, s, opening)));
}

/**
 * Where a dateline that opens this sentence ends, from the sentence's start (0 when none): one with
 * its outlet, or the document's own: "Riga -- ", "RIGA, Latvia (AP) -- ", not a name before an aside in dashes ("Ana Berg -- the
 * city's mayor -- said").
 */
function datelineEnd(text: string, sentence: Sentence, opening: Dateline | null): number {
  // "ISTANBUL (Reuters) -- Irish activists accused …": a dateline with its outlet opens any sentence.
  const outlet = outletDatelineLength(text.slice(sentence.start, sentence.end));
  if (outlet > 0) return outlet;
  if (!opening || opening.end <= sentence.start || opening.end >= sentence.end) return 0;
  return opening.end - sentence.start + (/^\s*/.exec(text.slice(opening.end, sentence.end))?.[0].length ?? 0);
}

function attributeSentence(
  docText: string,
  sentence: Sentence,
  mentions: ActorMention[],
  kinds: ReadonlyMap<string, ActorKind>,
  opened: number,
): Claim {
  const text = docText.slice(sentence.start, sentence.end);
  const at = (start: number, end: number): Span => ({ start: sentence.start + start, end: sentence.start + end });
  const cueWords: string[] = [];
  let certainty: Certainty = 'stated';
  let source: Span | null = null;
  let phrase: Span | null = null;
  let quote: Span | null = null;
  const raise = (c: Certainty) => {
    if (RANK[c] > RANK[certainty]) certainty = c;
  };

  const labelled = PREFIX.exec(text)![0].length;
  // A source may open the sentence after its dateline; the content still starts at the dateline.
  const prefix = Math.max(labelled, opened);
  let content: Span = at(labelled < text.length ? labelled : 0, text.length);
  const as = AS_SOURCE.exec(text.slice(prefix));
  const lead = as
    ? {
        sourceEnd: prefix + 3 + as.groups!.source!.length,
        cueEnd: prefix + as[0].trimEnd().length - 1,
        phraseEnd: prefix + as[0].length,
        certainty: verbCertainty.get(as.groups!.cue!)!,
      }
    : leadSource(mentions, text, sentence.start, prefix);
  const leadStart = as ? prefix + 3 : prefix;
  const quoted = QUOTE_THEN_SOURCE.exec(text) ?? QUOTE_SOURCE_THEN_CUE.exec(text);
  if (quoted) {
    const g = quoted.groups!;
    const sourceAt = quoted[0].lastIndexOf(g.source!);
    source = at(sourceAt, sourceAt + g.source!.length);
    phrase = at(text.indexOf(g.quote!) + g.quote!.length, quoted[0].length);
    quote = at(text.indexOf(g.quote!), text.indexOf(g.quote!) + g.quote!.length);
    cueWords.push(g.cue!);
    // The event is the utterance itself, which the document reports first hand: a warning or an
    // insistence is still a statement made ("“…,” cautioned Tor Wennesland").
    const said = verbCertainty.get(g.cue!)!;
    raise(said === 'claimed' ? 'stated' : said);
  } else if (lead) {
    source = at(leadStart, lead.sourceEnd);
    phrase = at(prefix, lead.phraseEnd);
    content = at(lead.phraseEnd + (/^\s*/.exec(text.slice(lead.phraseEnd))?.[0].length ?? 0), text.length);
    cueWords.push(text.slice(prefix, lead.cueEnd));
    raise(lead.certainty);
  } else {
    const according = ACCORDING.exec(text);
    const trailing = according || !mayTrail(text) ? null : withoutClause(TRAILING.exec(text));
    if (according) {
      const s = according.index + according[0].indexOf(according.groups!.source!);
      source = at(s, s + according.groups!.source!.length);
      phrase = at(according.index, according.index + according[0].length);
      cueWords.push(according[0]);
      raise('reported');
    } else if (trailing && isSource(mentions, trailingSource(trailing, at), trailing.groups!.source!)) {
      const s = trailing.index + trailing[0].indexOf(trailing.groups!.source!);
      source = at(s, s + trailing.groups!.source!.length);
      phrase = at(trailing.index, trailing.index + trailing[0].length);
      content = at(0, trailing.index);
      cueWords.push(`${trailing.groups!.source} ${trailing.groups!.cue}`);
      raise(verbCertainty.get(trailing.groups!.cue!)!);
    }
  }
  const hasAdverb = ADVERB_ANYWHERE.test(text) && ANY_ADVERB.test(text);
  const lower = hasAdverb && !FOLDS_TO_ASCII.test(text) ? text.toLowerCase() : null;
  for (const adverb of hasAdverb ? ADVERBS : []) {
    if (lower !== null && !lower.includes(adverb.word)) continue;
    const m = adverb.pattern.exec(text);
    const at_ = m ? sentence.start + m.index : -1;
    // Hedges inside the attribution phrase or inside a quotation belong to the speaker's words.
    const inPhrase = phrase && at_ >= phrase.start && at_ < phrase.end;
    const inQuote = quote && at_ >= quote.start && at_ < quote.end;
    if (m && !inPhrase && !inQuote) {
      cueWords.push(m[0]);
      raise(adverb.certainty);
    }
  }
  const attribution: Attribution = {
    source: source ? docText.slice(source.start, source.end) : null,
    actorId: source ? sourceActor(mentions, source, kinds) : null,
    cues: cueWords,
    certainty,
  };
  const denial = cueWords.length > 0 && DENIAL_FORMS.has(cueWords[0]!.split(/\s+/).at(-1)!.toLowerCase());
  return { sentence: sentence.index, attribution, span: phrase, content, quote, denial };
}

/** The source's own words in a trailing attribution (", officials said Tuesday"), not the words after its verb ("he will run"). */
function trailingSource(trailing: RegExpExecArray, at: (start: number, end: number) => Span): Span {
  const s = trailing.index + trailing[0].indexOf(trailing.groups!.source!);
  return at(s, s + trailing.groups!.source!.length);
}

/**
 * A subject and its finite verb in the words after a trailing cue: "said on Tuesday [the council
 * had] approved", "said at a forum in Riga [the deficit would] shrink". A determiner may follow only
 * a preposition, a participle or "reporters" ("at a briefing on the budget", "an event marking the
 * crash"); an auxiliary or a modal in lower case (not "the May 28 meeting") is a verb of its own.
 */
const CLAUSE_AFTER_CUE = new RegExp(
  String.raw`\s(?:is|are|was|were|has|have|had|does|did|will|would|can|could|shall|should|may|might|must)(?:n['’]t)?(?=\s|[.!]?$)|(?<!\s(?:at|during|in|on|about|outside|via|with|of|to|for|from|by|into|over|near|under|across|among|between|through|against|reporters|journalists|\p{Ll}+ing))\s(?:a|an|the|this|these|those|his|her|its|their|our|my)\s`,
  'u',
);

/** A trailing attribution whose words after the cue are an occasion, not a reported clause with no "that" of its own. */
function withoutClause(trailing: RegExpExecArray | null): RegExpExecArray | null {
  if (!trailing) return null;
  const g = trailing.groups!;
  const tail = trailing[0].slice(trailing[0].indexOf(g.source!) + g.source!.length).replace(/^\s+\S+/, '');
  // Up to three words after the cue are the parent's short tail ("told the BBC", "said late Tuesday").
  if (tail.trim().split(/\s+/).length <= 3) return trailing;
  return CLAUSE_AFTER_CUE.test(tail) ? null : trailing;
}

/** A determiner right before a word: "a dispute", "the claim", "his report". */
const DETERMINER = /(?:^|\s)(?:a|an|the|this|that|his|her|its|their|our|my)\s+$/i;

/** "Axios sources indicate (that) …": up to seven words naming a source, then a cue verb. */
function leadSource(mentions: readonly ActorMention[], text: string, offset: number, prefix: number) {
  WORD.lastIndex = prefix;
  let sourceEnd = prefix;
  for (let n = 0, m = WORD.exec(text); m && n < 8; n++, m = WORD.exec(text)) {
    // "Hassan called the violence a dispute": after a determiner, a cue word is a noun.
    const certainty = DETERMINER.test(text.slice(0, m.index)) ? undefined : verbCertainty.get(m[0]);
    if (certainty && n > 0) {
      // "Bush was expected to": a passive, not a source and its cue.
      if (AUXILIARY.test(text.slice(prefix, sourceEnd).split(/\s+/).at(-1)!)) return null;
      const named = text.slice(prefix, sourceEnd).replace(SOURCE_TAIL, '');
      const span = { start: offset + prefix, end: offset + prefix + named.length };
      if (!isSource(mentions, span, named)) return null;
      const cueEnd = m.index + m[0].length;
      const that = CUE_THAT.exec(text.slice(cueEnd, cueEnd + 70));
      const whom = that || !TELLING.has(m[0].toLowerCase()) ? null : TOLD_WHOM.exec(text.slice(cueEnd, cueEnd + 80));
      return { sourceEnd: prefix + named.length, cueEnd, phraseEnd: cueEnd + ((that ?? whom)?.[0].length ?? 0), certainty };
    }
    if (/[,;:“”"]/.test(m[0])) return null;
    sourceEnd = m.index + m[0].length;
  }
  return null;
}

/** A phrase names a source when it ends in a word such as "officials" or holds an actor mention. */
function isSource(mentions: readonly ActorMention[], span: Span, words: string): boolean {
  if (NOT_A_SOURCE.test(words)) return false;
  // "Jobs welcomed the guests and [announced]": a phrase that ends in "and" is a first verb's clause.
  if (/(?:^|\s)(?:and|or|but)$/i.test(words)) return false;
  const list = words.split(/\s+/);
  if (SOURCE_NOUNS.has(list.at(-1)!.toLowerCase())) return true;
  // A name: every word capitalized ("Shoney's Inc.", "Purnell Murdock").
  if (list.length <= 5 && list.every((w) => /^\p{Lu}/u.test(w))) return true;
  return mentions.some(within(span));
}

function sourceActor(mentions: readonly ActorMention[], span: Span, kinds: ReadonlyMap<string, ActorKind>): string | null {
  const inside = mentions.filter(within(span));
  const kindOf = (id: string) => KIND_PRIORITY.indexOf(kinds.get(id) ?? 'country');
  inside.sort((a, b) => kindOf(a.actorId) - kindOf(b.actorId) || a.start - b.start);
  return inside[0]?.actorId ?? null;
}
