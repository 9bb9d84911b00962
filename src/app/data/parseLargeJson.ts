// JSON.parse for a dataset too large to be one string: an engine's strings stop at about 512 MB
// (a million events of today's format are more). The `events` array is found in the bytes and
// parsed a few megabytes of whole events at a time; the rest of the object is parsed around it.
// The same result as JSON.parse on the whole text, and the same errors for broken JSON.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN = [0x7b, 0x5b]; // { [
const CLOSE = [0x7d, 0x5d]; // } ]
const KEY = new TextEncoder().encode('"events"');

export function parseLargeJson(bytes: Uint8Array, batchBytes = 4 << 20, onBatch?: (done: number) => void): unknown {
  const decoder = new TextDecoder();
  let depth = 0;
  let inString = false;
  let keyStart = -1;
  let lastKeyIsEvents = false;
  let eventsOpen = -1;
  let eventsClose = -1;
  let batchStart = -1;
  const events: unknown[] = [];
  const flush = (end: number) => {
    const chunk = decoder.decode(bytes.subarray(batchStart, end)).trim();
    if (chunk) for (const e of JSON.parse(`[${chunk}]`) as unknown[]) events.push(e);
    batchStart = end + 1;
    onBatch?.(end / bytes.length);
  };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (inString) {
      if (b === BACKSLASH) i++;
      else if (b === QUOTE) {
        inString = false;
        if (depth === 1 && keyStart >= 0) lastKeyIsEvents = i + 1 - keyStart === KEY.length && KEY.every((k, j) => bytes[keyStart + j] === k);
      }
      continue;
    }
    if (b === QUOTE) {
      inString = true;
      keyStart = depth === 1 ? i : -1;
    } else if (b === OPEN[0] || b === OPEN[1]) {
      depth++;
      if (depth === 2 && b === OPEN[1] && lastKeyIsEvents && eventsOpen < 0) {
        eventsOpen = i;
        batchStart = i + 1;
      }
    } else if (b === CLOSE[0] || b === CLOSE[1]) {
      if (depth === 2 && eventsOpen >= 0 && eventsClose < 0) {
        flush(i);
        eventsClose = i;
      }
      depth--;
    } else if (b === COMMA && depth === 2 && eventsOpen >= 0 && eventsClose < 0 && i - batchStart >= batchBytes) flush(i);
  }
  if (eventsOpen < 0 || eventsClose < 0) return JSON.parse(decoder.decode(bytes));
  const rest = JSON.parse(`${decoder.decode(bytes.subarray(0, eventsOpen))}[]${decoder.decode(bytes.subarray(eventsClose + 1))}`) as Record<string, unknown>;
  if (rest && typeof rest === 'object' && Array.isArray(rest.events)) rest.events = events;
  return rest;
}
