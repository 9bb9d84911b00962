// wink-nlp keeps every word it has not met in its model (its "out of vocabulary" lexemes) for the
// life of the process, and later treats such a word as known: it is then kept whole by the
// tokenizer and tagged differently (winkjs/wink-nlp#143). Tokens and tags of a document would
// depend on which documents the same process read before it, and so on the number of workers.
// Here the model's lexeme table forgets, for each new document, the words earlier documents
// added: the document is read as by a fresh tagger, at the cost of adding its new words again.
import type model from 'wink-eng-lite-web-model';

type Model = typeof model;

interface Lexemes {
  /** Every lexeme in the order it was added: the model's own, then the words documents added. */
  list: string[];
  /** Lexeme → its index in `list`. */
  hash: Record<string, number>;
  intrinsicSize: number;
}

export interface PerDocumentModel {
  model: Model;
  /** Call before reading each document. */
  startDocument(): void;
}

export function perDocumentModel(base: Model): PerDocumentModel {
  // The table read by the tagger, and how long its list was when the current document started:
  // the words after that were added by this document. They are taken out of the hash (not the
  // list: their indexes stay valid) when the next document starts, so the tagger's lookups stay
  // plain property reads.
  let lexemes: Lexemes | null = null;
  let from = 0;
  const raw = base as unknown as { core: () => { features: { lexeme: Lexemes } } };
  const core = () => {
    const m = raw.core();
    lexemes = m.features.lexeme;
    from = lexemes.list.length;
    return m;
  };
  const startDocument = () => {
    if (!lexemes) return;
    const { list, hash, intrinsicSize } = lexemes;
    for (let i = Math.max(from, intrinsicSize); i < list.length; i++) {
      if (hash[list[i]!] === i) delete hash[list[i]!];
    }
    from = list.length;
  };
  return { model: { ...base, core } as unknown as Model, startDocument };
}
