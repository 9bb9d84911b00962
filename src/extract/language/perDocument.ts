// wink-nlp keeps every word it has not met in its model (its "out of vocabulary" lexemes) for the
// life of the process, and later treats such a word as known: it is then kept whole by the
// tokenizer and tagged differently (winkjs/wink-nlp#143). Tokens and tags of a document would
// depend on which documents the same process read before it, and so on the number of workers.
// Here the model's lexeme table forgets, for each new document, the words earlier documents
// added: the document is read as by a fresh tagger, at the cost of adding its new words again.
import type model from 'wink-eng-lite-web-model';

type Model = typeof model;

interface Lexemes {
  hash: Record<string, number>;
  intrinsicSize: number;
}

export interface PerDocumentModel {
  model: Model;
  /** Call before reading each document. */
  startDocument(): void;
}

export function perDocumentModel(base: Model): PerDocumentModel {
  let document = 0;
  // The document in which each word outside the model's own vocabulary was added.
  const addedIn = new Map<string, number>();
  const forgetful = (lexemes: Lexemes): Record<string, number> => {
    const known = lexemes.intrinsicSize;
    const live = (hash: Record<string, number>, word: string | symbol): boolean => {
      const index = hash[word as string];
      return index !== undefined && (index < known || addedIn.get(word as string) === document);
    };
    return new Proxy(lexemes.hash, {
      // Every word the tokenizer meets is asked for: one look-up in the table, not two.
      get: (hash, word) => {
        const index = hash[word as string];
        return index !== undefined && (index < known || addedIn.get(word as string) === document) ? index : undefined;
      },
      has: (hash, word) => live(hash, word),
      set: (hash, word, index: number) => {
        hash[word as string] = index;
        if (index >= known) addedIn.set(word as string, document);
        return true;
      },
    });
  };
  const raw = base as unknown as { core: () => { features: { lexeme: Lexemes } } };
  const core = () => {
    const m = raw.core();
    m.features.lexeme.hash = forgetful(m.features.lexeme);
    return m;
  };
  return { model: { ...base, core } as unknown as Model, startDocument: () => void document++ };
}
