// Lists of names the dataset's records choose from, where the file writes a choice as its index
// (compact.ts): their order is part of the format, so a name is only ever added at the end.

export const CERTAINTIES = ['stated', 'reported', 'claimed', 'estimated'] as const;
/** What part an actor takes in an event. */
export const ROLES = ['agent', 'patient', 'location', 'other'] as const;
