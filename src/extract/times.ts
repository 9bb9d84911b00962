// Stage 4: time expressions and the temporal phrases events take their dates from
// (the rules live in timex/, see timex/pipeline.ts).
import type { DocContext } from './context.ts';
import { analyzeTimes } from './timex/index.ts';

/** What the time stage reads: the text, its sentences and its publication date. */
export type TimeInput = Pick<DocContext, 'path' | 'text' | 'sentences' | 'meta'>;
export type TimeOutput = Pick<DocContext, 'times' | 'diagnostics'>;

export function findTimes(input: TimeInput): TimeOutput {
  try {
    return { times: analyzeTimes(input.text, { dct: input.meta.date, sentences: input.sentences }), diagnostics: [] };
  } catch (error) {
    // The document is still worth having: its statements stay, as undated events.
    const message = `its time expressions could not be read (${(error as Error).message}); its events are kept, undated`;
    return { times: { timexes: [], times: [] }, diagnostics: [{ path: input.path, severity: 'error', message }] };
  }
}
