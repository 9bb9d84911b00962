// What the stages of the pipeline pass along: one DocContext per input file. Each stage reads the
// fields it names in its input type and returns the fields it adds; core.ts runs them in order.
import type { ActorKind, ActorMention, Attribution, Diagnostic, EventTime, Role } from '../model/dataset.ts';
import type { Span, TimexAnalysis } from './timex/types.ts';
import type { Analysis } from './language/analyze.ts';
import type { Noise } from './noise.ts';
import type { Fingerprint } from './corpus/duplicates.ts';

export type { Span };

export interface DocMeta {
  title: string;
  /** Publication date, ISO YYYY-MM-DD. */
  date: string | null;
  source: string | null;
  url: string | null;
  /** Who wrote it (front matter `byline` or `author`); absent when unknown. */
  byline?: string;
}

/** A sentence, with the offset where its words start after any list marker or heading mark. */
export interface Sentence extends Span {
  index: number;
}

/** An actor found in a document before the corpus merges them (see actors/registry.ts). */
export interface ActorDraft {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  parentId: string | null;
  /** Only a guess made it a person or a body in this document (actors/kinds.ts): other documents may say which. */
  guessed?: true;
}

/** Who says what in one sentence: the source's words and the cue words, with their spans. */
export interface Claim {
  sentence: number;
  attribution: Attribution;
  /** The span of the attribution phrase ("Axios sources indicate"), excluded from the claim. */
  span: Span | null;
  /** Where the claimed content lies within the sentence. */
  content: Span;
  /** The quoted words when the sentence reports a statement ("“…,” stated Jake Sullivan"). */
  quote: Span | null;
  /** The source says the content is false ("Israel denied that …"): titles keep the source. */
  denial: boolean;
}

export interface EventDraft {
  title: string;
  time: EventTime | null;
  actorIds: string[];
  /** The part each participant takes (events/participants.ts). */
  roles?: { actorId: string; role: Role }[];
  attribution: Attribution;
  /** The sentence or clause that supports the event. */
  quote: Span;
  trigger: Span;
  timex: Span | null;
}

export interface DocContext {
  /** The input path as given. */
  path: string;
  id: string;
  /** Decoded file contents, line endings normalized to \n, before front matter is removed. */
  raw: string;
  /** The body after any front matter: every offset in the output points into it. */
  text: string;
  sha256: string;
  meta: DocMeta;
  sentences: Sentence[];
  /** Tokens, parts of speech and lemmas of every sentence, computed once (language/analyze.ts). */
  analysis: Analysis;
  /** Lines of page furniture and reader comments: no event comes from them (noise.ts). */
  noise: Noise;
  times: TimexAnalysis;
  actors: ActorDraft[];
  actorMentions: ActorMention[];
  claims: Claim[];
  events: EventDraft[];
  diagnostics: Diagnostic[];
  /** What the corpus stage compares to find copies of the document, computed with the document (core.ts). */
  fingerprint?: Fingerprint;
}

/** A document about to go through the stages: its text and metadata, nothing found yet. */
export function newContext(fields: Pick<DocContext, 'path' | 'id' | 'raw' | 'text' | 'sha256' | 'meta'>): DocContext {
  return {
    ...fields,
    sentences: [],
    analysis: { sentences: [] },
    noise: { spans: [], blocks: 0 },
    times: { timexes: [], times: [] },
    actors: [],
    actorMentions: [],
    claims: [],
    events: [],
    diagnostics: [],
  };
}
