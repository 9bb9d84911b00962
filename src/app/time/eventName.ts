// The accessible name of an event: its date (as precise as the text allows) and its title.
import type { TimelineEvent } from '../../model/dataset.ts';
import { isInferred } from './describePrecision.ts';
import { formatEventTime } from './formatEventTime.ts';

export function eventName(event: TimelineEvent): string {
  if (!event.time) return `Undated: ${event.title}`;
  const note = isInferred(event.time) ? ' (date inferred)' : '';
  return `${formatEventTime(event.time)}${note}: ${event.title}`;
}
