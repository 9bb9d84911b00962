// Public entry of the time-expression stage. See pipeline.ts for the stages and their order.
import type { TimexAnalysis, TimexOptions } from './types.ts';
import { runPipeline } from './pipeline.ts';

export type { FoundTimex, Span, TimeFinding, TimexAnalysis, TimexOptions } from './types.ts';

/**
 * Finds and normalizes the time expressions of a text. Deterministic and independent of the
 * process time zone. The stages are written never to throw; should one fail on an input nobody
 * foresaw, the error reaches the caller (src/extract/times.ts), which keeps the document and
 * says why its events are undated, rather than losing the dates in silence.
 */
export function analyzeTimes(text: string, options: TimexOptions): TimexAnalysis {
  return runPipeline(text, { dct: options.dct, sentences: options.sentences });
}
