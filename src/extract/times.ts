// Stage 4: time expressions and the temporal phrases events take their dates from
// (the rules live in timex/, see timex/index.ts).
import type { DocContext } from './context.ts';
import { analyzeTimes } from './timex/index.ts';

export function findTimes(ctx: DocContext): void {
  ctx.times = analyzeTimes(ctx.text, { dct: ctx.meta.date, sentences: ctx.sentences });
}
