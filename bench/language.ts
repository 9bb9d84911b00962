// Throughput of the language analysis (tokens, parts of speech, lemmas) on given sentences, as the
// pipeline runs it. A warm-up pass loads the model, then the median of a few timed rounds.
import { analyze } from '../src/extract/language/analyze.ts';
import { splitSentences } from '../src/extract/sentences.ts';

export interface LanguageBench {
  mbPerSec: number;
  tokensPerSec: number;
  /** The first pass, model loading included. */
  firstPassSeconds: number;
}

const ROUNDS = 3;

export function benchLanguage(texts: readonly string[]): LanguageBench {
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1024 / 1024;
  const sentences = texts.map((t) => splitSentences(t));
  let tokens = 0;
  const round = (): number => {
    tokens = 0;
    const started = performance.now();
    for (const [i, text] of texts.entries()) for (const s of analyze(text, sentences[i]!).sentences) tokens += s.tokens.length;
    return (performance.now() - started) / 1000;
  };
  const firstPassSeconds = round();
  const times = Array.from({ length: ROUNDS }, round).sort((a, b) => a - b);
  const median = times[Math.floor(ROUNDS / 2)]!;
  return { mbPerSec: mb / median, tokensPerSec: tokens / median, firstPassSeconds };
}
