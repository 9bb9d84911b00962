// A dataset file split into its `events` array and the rest, without parsing the events: the bytes
// are scanned once for where each event starts and ends, so that events can be parsed a batch at a
// time (an engine's strings stop at about 512 MB, and a million events of today's format are more)
// and, once validated, kept as bytes and parsed again one at a time when a view asks for one.
// The scan resumes where it stopped when more bytes arrive (eventScanner), so that events are read
// while the rest of the file is still downloading.
// `rest` is what JSON.parse gives for the whole file with `events` left as the empty list.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b; // {
const OPEN_LIST = 0x5b; // [
const CLOSE_OBJECT = 0x7d; // }
const CLOSE_LIST = 0x5d; // ]
const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
const KEY = new TextEncoder().encode('"events"');

export interface SplitFile {
  rest: unknown;
  /** Byte offsets of each event of the top-level `events` array: [start, end) at 2k, 2k + 1. */
  spans: Float64Array;
  /** False when the file has no top-level `events` array (rest.events is then whatever it holds). */
  found: boolean;
}

/**
 * The closing quote of a string whose text goes on from `from`, or -1 when it is not in the bytes
 * before `length`: the first quote not escaped by an odd number of backslashes. Most of a dataset
 * is inside strings, most of them short (keys): a plain loop finds the quote sooner than a native
 * search called for each.
 */
function closingQuote(bytes: Uint8Array, from: number, length: number): number {
  let i = from;
  for (;;) {
    while (i < length && bytes[i] !== QUOTE) i++;
    if (i === length) return -1;
    let escapes = 0;
    while (bytes[i - 1 - escapes] === BACKSLASH) escapes++;
    if (escapes % 2 === 0) return i;
    i++;
  }
}

/** A scan of a file's bytes that is given them as they arrive, always from the start and contiguous. */
export function eventScanner() {
  let depth = 0;
  let inString = false;
  let keyStart = -1;
  let lastKeyIsEvents = false;
  let open = -1;
  let close = -1;
  let spans = new Float64Array(1024);
  let count = 0;
  let itemStart = -1;
  let scanned = 0;
  const push = (bytes: Uint8Array, end: number) => {
    let s = itemStart;
    let e = end;
    while (s < e && isSpace(bytes[s]!)) s++;
    while (e > s && isSpace(bytes[e - 1]!)) e--;
    // An empty item (`[ ]`, or `[1,,2]` which the parse of that batch refuses) is kept to be refused.
    if (s === e && count === 0 && bytes[end] === CLOSE_LIST) return;
    if (2 * count + 2 > spans.length) {
      const grown = new Float64Array(spans.length * 2);
      grown.set(spans);
      spans = grown;
    }
    spans[2 * count] = s;
    spans[2 * count + 1] = e;
    count++;
  };
  return {
    /** Scans `bytes` from where the last call stopped to `length` (the bytes before are the same). */
    scan(bytes: Uint8Array, length: number) {
      let i = scanned;
      while (i < length) {
        if (inString) {
          const end = closingQuote(bytes, i, length);
          if (end < 0) {
            i = length;
            break;
          }
          inString = false;
          if (depth === 1 && keyStart >= 0) lastKeyIsEvents = end + 1 - keyStart === KEY.length && KEY.every((k, j) => bytes[keyStart + j] === k);
          i = end + 1;
          continue;
        }
        if (depth > 2) {
          // Inside an event, where most of the file is: only its strings and brackets matter, and
          // a loop that looks for nothing else (`[` and `{` differ by one bit, as do `]` and `}`)
          // goes through it several times faster than one that looks for every mark.
          let d = depth;
          for (; i < length; i++) {
            const b = bytes[i]!;
            if (b === QUOTE) {
              const end = closingQuote(bytes, i + 1, length);
              if (end < 0) {
                inString = true;
                keyStart = -1;
                i = length;
                break;
              }
              i = end;
            } else if ((b | 0x20) === OPEN_OBJECT) d++;
            else if ((b | 0x20) === CLOSE_OBJECT && --d === 2) {
              i++;
              break;
            }
          }
          depth = d;
          continue;
        }
        const b = bytes[i]!;
        if (b === QUOTE) {
          inString = true;
          keyStart = depth === 1 ? i : -1;
        } else if (b === OPEN_OBJECT || b === OPEN_LIST) {
          depth++;
          if (depth === 2 && b === OPEN_LIST && lastKeyIsEvents && open < 0) {
            open = i;
            itemStart = i + 1;
          }
        } else if (b === CLOSE_OBJECT || b === CLOSE_LIST) {
          if (depth === 2 && open >= 0 && close < 0) {
            push(bytes, i);
            close = i;
          }
          depth--;
        } else if (b === COMMA && depth === 2 && open >= 0 && close < 0) {
          push(bytes, i);
          itemStart = i + 1;
        }
        i++;
      }
      scanned = Math.min(i, length);
    },
    /** Where the events list opens (the byte of its `[`), -1 until it is found. */
    get open() {
      return open;
    },
    /** The events whose end has been found so far, and where they are. */
    get count() {
      return count;
    },
    get spans() {
      return spans;
    },
    /** Once every byte is scanned. Throws a SyntaxError for JSON that JSON.parse would refuse outside the events. */
    finish(bytes: Uint8Array): SplitFile {
      const decoder = new TextDecoder();
      if (open < 0 || close < 0) return { rest: JSON.parse(decoder.decode(bytes)), spans: new Float64Array(0), found: false };
      const rest = JSON.parse(`${decoder.decode(bytes.subarray(0, open))}[]${decoder.decode(bytes.subarray(close + 1))}`) as unknown;
      return { rest, spans: spans.slice(0, 2 * count), found: true };
    },
  };
}

/** Throws a SyntaxError for JSON that JSON.parse would refuse outside the events (those are parsed later). */
export function splitEvents(bytes: Uint8Array): SplitFile {
  const scanner = eventScanner();
  scanner.scan(bytes, bytes.length);
  return scanner.finish(bytes);
}

/** The events between two span indices, parsed as one JSON array (throws as JSON.parse does). */
export function parseSpans(bytes: Uint8Array, spans: Float64Array, from: number, to: number, decoder = new TextDecoder()): unknown[] {
  if (from >= to) return [];
  const parsed = JSON.parse(`[${decoder.decode(bytes.subarray(spans[2 * from]!, spans[2 * to - 1]!))}]`) as unknown[];
  // A span holding more than one value (a stray comma inside is impossible, but `1 2` is not JSON).
  if (parsed.length !== to - from) throw new SyntaxError('Unexpected value in the events list');
  return parsed;
}
