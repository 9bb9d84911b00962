// The stages of the time-expression analysis, in order. Each stage is one file:
//   scan (rules.ts order) → filters → overlap rule → mergers → normalize (with quotes.ts for
//   what was said on another day) → findings.
// Filters run before the overlap rule so that a rejected long candidate cannot hide a valid
// shorter one; mergers run after it, on the non-overlapping survivors, because they join
// neighbours; normalization walks the merged list in text order to follow the narrative.
import type { Span, TimexAnalysis, TimexOptions } from './types.ts';
import { scan } from './scan.ts';
import { applyFilters } from './filters.ts';
import { resolveOverlaps } from './overlap.ts';
import { applyMergers } from './mergers.ts';
import { normalize } from './normalize.ts';
import { findTimeFindings } from './findings.ts';
import { splitSentences } from '../sentences.ts';
import { parseIsoDate } from '../../model/calendar.ts';

/** The sentence spans to use: the pipeline's when they are sound (ordered, inside the text), else the sentence stage's own split. */
function sentencesOf(text: string, given: readonly Span[]): readonly Span[] {
  let last = 0;
  for (const s of given) {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= last && s.end >= s.start && s.end <= text.length))
      return splitSentences(text);
    last = s.end;
  }
  return given.length > 0 ? given : splitSentences(text);
}

export function runPipeline(text: string, options: TimexOptions): TimexAnalysis {
  const candidates = applyMergers(resolveOverlaps(applyFilters(scan(text), text)), text);
  // A text that names no time needs neither its sentences nor its date.
  if (candidates.length === 0) return { timexes: [], times: [] };
  const sentences = sentencesOf(text, options.sentences);
  const dct = parseIsoDate(options.dct);
  const timexes = normalize(text, candidates, dct, sentences);
  return { timexes, times: findTimeFindings(text, timexes, dct, sentences) };
}
