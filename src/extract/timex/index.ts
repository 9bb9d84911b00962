// Public entry of the time-expression stage. See pipeline.ts for the stages and their order.
import type { TimexAnalysis, TimexOptions } from './types.ts';
import { runPipeline } from './pipeline.ts';

export type { FoundTimex, Span, TimeFinding, TimexAnalysis, TimexOptions } from './types.ts';

/**
 * Finds and normalizes the time expressions of a text. Deterministic and independent of the
 * process time zone. It never throws: the stages are written not to, and should one fail on an
 * input nobody foresaw, the document loses its times rather than the whole extraction failing.
 */
export function analyzeTimes(text: string, options: TimexOptions): TimexAnalysis {
  try {
    return runPipeline(typeof text === 'string' ? text : '', {
      dct: options?.dct ?? null,
      sentences: Array.isArray(options?.sentences) ? options.sentences : [],
    });
  } catch {
    return { timexes: [], times: [] };
  }
}
