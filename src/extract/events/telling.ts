// What a verb of telling reads: the verbs, and the days it may name bare after the one told.
import words from './participants.json' with { type: 'json' };
import { WEEKDAYS } from '../timex/lexicon.ts';

/** Verbs of saying whose first object is whom it is told ("told Reuters they would stay"). */
export const TELLING: ReadonlySet<string> = new Set(words.tellingVerbs.split(' '));

/** The days a verb's time may name right after its object, with no preposition: "told CNN Friday | he …". Lower case. */
export const BARE_DAYS: ReadonlySet<string> = new Set([
  ...Object.keys(WEEKDAYS).filter((w) => w.endsWith('day')),
  ...words.bareDays.split(' '),
]);
