// Stage 4: time expressions and the temporal phrases events take their dates from
// (the rules live in timex/, see timex/pipeline.ts).
import type { DocContext } from './context.ts';
import { analyzeTimes } from './timex/index.ts';

export function findTimes(ctx: DocContext): void {
  try {
    ctx.times = analyzeTimes(ctx.text, { dct: ctx.meta.date, sentences: ctx.sentences });
  } catch (error) {
    // The document is still worth having: its statements stay, as undated events.
    ctx.diagnostics.push({
      path: ctx.path,
      severity: 'error',
      message: `its time expressions could not be read (${(error as Error).message}); its events are kept, undated`,
    });
  }
}
