// wink-nlp keeps every word it has not met in its model (its "out of vocabulary" lexemes) for the
// life of the process, and later treats such a word as known: it is then kept whole by the
// tokenizer and tagged differently (winkjs/wink-nlp#143). Tokens and tags of a document would
// depend on which documents the same process read before it, and so on the number of workers.
// Here the model's lexeme table forgets, for each new document, the words earlier documents
// added: the document is read as by a fresh tagger, at the cost of adding its new words again.
// The words are taken out of the table's hash when the next document starts (the table's list
// says which were added since): the tagger's many look-ups stay plain property reads.
import type model from 'wink-eng-lite-web-model';
import { extend } from '../objects.ts';

type Model = typeof model;

interface Lexemes {
  hash: Record<string, number>;
  list: string[];
  intrinsicSize: number;
}

export interface PerDocumentModel {
  model: Model;
  /** Call before reading each document. */
  startDocument(): void;
  /** Call when the tagger made from `model` is let go: its lexeme table is no longer held here. */
  release(): void;
}

export function perDocumentModel(base: Model): PerDocumentModel {
  let lexemes: Lexemes | null = null;
  // Words at this place of the list and after it were added by the documents read so far.
  let added = 0;
  const raw = base as unknown as { core: () => { features: { lexeme: Lexemes } } };
  const core = () => {
    const m = raw.core();
    lexemes = m.features.lexeme;
    added = lexemes.intrinsicSize;
    forget(lexemes);
    return m;
  };
  // A word's entry is dropped only while it points at that place: one re-added since points further on.
  const forget = ({ hash, list }: Lexemes) => {
    for (let i = added; i < list.length; i++) if (hash[list[i]!] === i) delete hash[list[i]!];
    added = list.length;
  };
  return {
    model: extend(base, { core }) as unknown as Model,
    startDocument: () => lexemes && forget(lexemes),
    release: () => {
      lexemes = null;
    },
  };
}
