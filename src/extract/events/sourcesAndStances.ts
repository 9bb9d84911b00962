// Names that stand in an event's sentence without taking part in it: the source of what is told,
// behind "according to", with the description set off after it ("According to Capt. Ana Ruiz, the
// port's director, the crew rescued 30 people": Ruiz only tells it; the claim is attribution.ts's),
// and a name joined to a stance prefix by a hyphen ("the pro-Egypt north", "an anti-Israel march"):
// an adjective, no participant.
import type { ActorMention } from '../../model/dataset.ts';
import { alternatives } from '../lists.ts';
import words from './participants.json' with { type: 'json' };
import names from '../actors/names.json' with { type: 'json' };

/** "according to", then up to three words on the same line: a title or a given name ("according to Capt. Ana Ruiz"). */
const ACCORDING_TO = /\b[Aa]ccording[ \t]+to[ \t]+(?:the[ \t]+)?((?:\S+[ \t]+){0,3})$/u;
/** A word of a title or a name: capitalized, with a full stop only when it is a title ("Capt."), never a sentence's end. */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;
const TITLES = new Set(names.titles.split(' '));
/** Right after a name, a possessive: the source is what it owns ("the company's website"). */
const POSSESSIVE = /^['’]s?(?!\p{L})/u;
/** A stance prefix and its hyphen right before a name: "pro-", "anti-". */
const STANCE = new RegExp(String.raw`(?:^|[^\p{L}-])(?:${alternatives(words.stances)})-$`, 'iu');
/** Between a name and the description set off after it: a comma. */
const SET_OFF = /^\s*,\s*$/;

/** Whether a mention only names the source of what is told or makes an adjective of a stance. */
function sourceOrStance(text: string, m: ActorMention): boolean {
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  // "according to the company's website, it expects …": the one whose words are cited may still act.
  const according = POSSESSIVE.test(text.slice(m.end, m.end + 3)) ? null : ACCORDING_TO.exec(before);
  const titled =
    according?.[1]!
      .split(/[ \t]+/)
      .filter(Boolean)
      .every((w) => NAME_WORD.test(w) || TITLES.has(w)) ?? false;
  return titled || STANCE.test(before);
}

/** The mentions (sorted by start) less a source behind "according to" and its description, and a name made a stance adjective. */
export function withoutSourcesAndStances(text: string, sorted: readonly ActorMention[]): ActorMention[] {
  const sources: ActorMention[] = [];
  const kept: ActorMention[] = [];
  for (const m of sorted) {
    const described = sources.some((s) => s.actorId === m.actorId && s.end <= m.start && SET_OFF.test(text.slice(s.end, m.start)));
    if (described || sourceOrStance(text, m)) sources.push(m);
    else kept.push(m);
  }
  // "according to Adm. Ana Ruiz, the NATO commander,": a name inside the source's description takes no part either.
  return kept.filter((m) => !sources.some((s) => s.start <= m.start && m.end <= s.end));
}
