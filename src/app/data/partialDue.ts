// When the reading worker sends a first part of a large file (datasetWorker.ts): decided from
// counts alone, before anything is copied, so that a part turned down costs nothing.
import { HELPED } from './readDataset.ts';

/** A first picture once this many events are read, or once this long has passed since the reading started. */
export const PARTIAL_EVENTS = 50_000;
export const PARTIAL_MS = 100;
/** No part once this share of the file is read: the whole is then close. */
export const PARTIAL_BEFORE = 0.75;

export interface ReadingSoFar {
  /** Events read and appended in file order. */
  merged: number;
  /** Milliseconds since the reading started. */
  elapsed: number;
  /** The file's own size when known (not a compressed length), else 0. */
  size: number;
  /** The bytes expected, a compressed length included (a lower bound of the size), else 0. */
  hint: number;
  /** The bytes received so far. */
  received: number;
  /** Whether every byte has been received. */
  downloaded: boolean;
  /** The bytes up to the end of the last event read (0 before any): what a part would carry. */
  kept: number;
}

/**
 * `wait`: ask again later; `send`: copy the events read so far and send them; `never`: the time
 * has come but the part would be most of the file, and would only be more of it later.
 */
export function partialDue(s: ReadingSoFar): 'wait' | 'send' | 'never' {
  // A count the reader cannot give (not a number) decides nothing: no comparison below would hold.
  if (!counted(s)) return 'wait';
  if (s.merged < PARTIAL_EVENTS && s.elapsed < PARTIAL_MS) return 'wait';
  if (Math.max(s.hint, s.received) < HELPED || s.kept === 0) return 'wait';
  // The whole's size: told, or all received; while an untold size is still coming, the part is
  // held to what the time or the count above gives.
  const whole = s.size > 0 ? Math.max(s.size, s.received) : s.downloaded ? s.received : 0;
  if (whole > 0 && s.kept > PARTIAL_BEFORE * whole) return 'never';
  return 'send';
}

/** Whether every count is a finite number. */
function counted(s: ReadingSoFar): boolean {
  return (
    Number.isFinite(s.merged) &&
    Number.isFinite(s.elapsed) &&
    Number.isFinite(s.size) &&
    Number.isFinite(s.hint) &&
    Number.isFinite(s.received) &&
    Number.isFinite(s.kept)
  );
}
