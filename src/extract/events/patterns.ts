// Patterns of the text around a date or a clause that several event rules read, written once.

/** The determiners and possessives that open a noun phrase a date may stand in: "the Oct. 8 quake". */
const DETERMINERS = 'a|an|the|this|that|its|his|her|their|our';

/** A determiner as a word on its own (lower case). */
export const DETERMINER = new RegExp(`^(?:${DETERMINERS})$`);

/**
 * A determiner at the end of the text before a date: "[the ]Jan. 30 vote"; after one of
 * `prepositions` ("devastated [by the ]December 26 tsunamis"), and with a lower-case adjective
 * after it when `adjective` ("[of the devastating ]Oct. 8 quake"). Group 1: from the determiner on.
 */
export function determinerBefore(prepositions?: string, adjective = false): RegExp {
  const preposition = prepositions ? `(?:${prepositions})\\s+` : '';
  const modifier = adjective ? String.raw`(?:\p{Ll}[\p{Ll}-]*\s+)?` : '';
  return new RegExp(`\\b${preposition}((?:${DETERMINERS})\\s+${modifier})$`, 'iu');
}

/** A determiner right before a date: "[the ]Jan. 30 vote". */
export const DETERMINER_BEFORE = determinerBefore();

/**
 * A determiner opening a phrase the time stage found after "before" or "after", maybe an adjective
 * after it: "after [the early ]March 3 vote". Not "this", which belongs to the date ("this month").
 */
export const DETERMINER_OPENING = new RegExp(`^(?:${DETERMINERS.replace('|this', '')})\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+)?`, 'iu');

const CONJUNCTION = String.raw`[,;]\s*(?:and|but|yet|while|so)\s+`;

/** A conjunction after a comma at the end of the text, opening a clause: "…, and "; then one of `prepositions` if given. */
const afterConjunction = (prepositions?: string, optional = false): RegExp =>
  new RegExp(`${CONJUNCTION}${prepositions ? `(?<prep>(?:${prepositions})\\s+)${optional ? '?' : ''}` : ''}$`, 'i');

/** "…, and " at the end of the text. */
export const AFTER_CONJUNCTION = afterConjunction();

/** The same, maybe with a preposition after it: "…, and in [1984]". */
export const AFTER_CONJUNCTION_PREPOSITION = afterConjunction('in|on|at|by|during|since|until', true);

/** The same with a preposition of a time within it: "…, and on [Sunday]". */
export const AFTER_CONJUNCTION_IN = afterConjunction('in|on|at|during');
