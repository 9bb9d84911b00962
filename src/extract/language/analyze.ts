// Language analysis: tokens with their offsets in the document text, parts of speech and lemmas,
// grouped by the sentences of the sentence stage. It runs once per document; every later stage
// reads this analysis instead of tokenizing again.
//
// The tagger is wink-nlp with its English model (about 2 MB/s on one core, see README). Its own
// sentence boundaries are not used: it joins a headline to the next line and runs on over "…"
// where the project's splitter (sentences.ts) does not, so the tagger sees the whole text at once
// (tags keep their context) and each token is filed under the splitter's sentence that holds it.
import winkNLP from 'wink-nlp';
import type { PartOfSpeech } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence } from '../context.ts';
import { perDocumentModel } from './perDocument.ts';
import { extend } from '../objects.ts';
import { tagNameParticles } from './nameParticles.ts';

/** Universal part-of-speech tag (ADJ, ADP, ADV, AUX, NOUN, PROPN, VERB, …). */
export type Pos = Exclude<PartOfSpeech, 'SPACE'>;

export interface Token {
  /** Offsets into the document text: text.slice(start, end) === this.text. */
  start: number;
  end: number;
  text: string;
  /** The text in lower case, made once here for the stages that compare words. */
  lower: string;
  pos: Pos;
  /** Dictionary form, lower case ("said" → "say", "talks" → "talk"). */
  lemma: string;
}

export interface AnalyzedSentence extends Sentence {
  tokens: Token[];
}

export interface Analysis {
  sentences: AnalyzedSentence[];
}

// Loading the model takes a moment: once per process, on first use.
let nlp: ReturnType<typeof winkNLP> | null = null;
const perDocument = perDocumentModel(model);
function tagger(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(perDocument.model, ['pos']);
  return nlp;
}

/** Loads the model now (a worker thread does so while the files are being read). */
export function loadTagger(): void {
  tagger();
}

/**
 * Lets the loaded model go: once the documents are read nothing tags a word, and the model (its
 * word tables, 11 MB of heap) would be held through the corpus stage and the writing, where a
 * large corpus peaks. The next analysis loads it again, as on first use.
 */
export function unloadTagger(): void {
  nlp = null;
  perDocument.release();
}

export function analyze(text: string, sentences: readonly Sentence[]): Analysis {
  const out: AnalyzedSentence[] = sentences.map((s) => extend(s, { tokens: [] }));
  if (out.length === 0) return { sentences: out };
  const { its } = tagger();
  perDocument.startDocument();
  const doc = tagger().readDoc(text);
  const tokens = doc.tokens();
  // One call per property over all tokens: much faster than asking token by token.
  const column = tokens.out as (f: unknown) => string[]; // the typings reject its.lemma, which works
  const values = tokens.out();
  const tags = column(its.pos);
  const lemmas = column(its.lemma);
  const spaces = column(its.precedingSpaces);
  let cursor = 0;
  let si = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    cursor += spaces[i]!.length;
    // The tokenizer keeps every character, so the cursor should sit on the token; should it not
    // (a character the tokenizer dropped), the token is looked for a little further on.
    let start = cursor;
    if (!text.startsWith(value, start)) {
      const found = text.indexOf(value, start);
      if (found < 0 || found - start > 64) continue;
      start = found;
    }
    cursor = start + value.length;
    if (tags[i] === 'SPACE') continue;
    while (si < out.length - 1 && out[si]!.end <= start) si++;
    const sentence = out[si]!;
    if (start < sentence.start || start >= sentence.end) continue; // a list mark or a blank between sentences
    const end = Math.min(cursor, sentence.end);
    // The model gives no lemma for a few spellings it splits ("they wont." at a sentence's end):
    // the word is its own lemma then, rather than the whole document failing.
    const word = text.slice(start, end);
    sentence.tokens.push({
      start,
      end,
      text: word,
      lower: word.toLowerCase(),
      pos: tags[i] as Pos,
      lemma: (lemmas[i] ?? value).toLowerCase(),
    });
  }
  for (const sentence of out) tagNameParticles(sentence.tokens);
  return { sentences: out };
}
