// Lists of names the dataset's records choose from, where the file writes a choice as its index
// (compact.ts): their order is part of the format, so a name is only ever added at the end.

export const CERTAINTIES = ['stated', 'reported', 'claimed', 'estimated'] as const;
/** What part an actor takes in an event. */
export const ROLES = ['agent', 'patient', 'location', 'other'] as const;
/**
 * How a time was obtained. `inferred`: part of it comes from the context (a year the text leaves
 * out, or a day the article gave an earlier sentence of the same occasion). `document`: the text
 * gives no time of its own; the event is known by the document's publication date (an upper bound,
 * never a day it happened on).
 */
export const ANCHORS = ['explicit', 'inferred', 'relative', 'computed', 'document'] as const;
