// A verb of saying right before a date: "he said Tuesday", "told reporters on Monday". The date
// is the day of the saying, not of what is said. Word list: language/saying.json ("stated" and
// "reported", in the third person and the past: "will announce Tuesday" names a plan).
import { sayingForms } from '../language/saying.ts';

/** The verbs of saying as alternatives of a pattern: "said|says|…". */
export const SAYING = sayingForms(['stated', 'reported'], { lemma: false }).join('|');

/** A verb of saying right before the expression, past one word and an "on" at most ("said Tuesday", "told reporters on Monday"). */
export const SAID_ON = new RegExp(String.raw`\b(?:${SAYING})\s+(?:[a-z]+\s+)?(?:on\s+)?$`, 'i');

/** The same with nothing between ("said Tuesday"). */
export const SAID_RIGHT_BEFORE = new RegExp(String.raw`\b(?:${SAYING})\s+$`, 'i');
