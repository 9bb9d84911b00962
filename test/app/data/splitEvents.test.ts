import { describe, expect, it } from 'vitest';
import { eventScanner, parseSpans, splitEvents } from '../../../src/app/data/splitEvents.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

/** What JSON.parse gives, rebuilt from the split: the rest with its events parsed from their spans. */
function rebuild(text: string): unknown {
  const b = bytes(text);
  const { rest, spans, found } = splitEvents(b);
  if (!found) return rest;
  const events = parseSpans(b, spans, 0, spans.length / 2);
  // Every span on its own is one event too.
  for (let k = 0; k < spans.length / 2; k++) expect(parseSpans(b, spans, k, k + 1)).toEqual([events[k]]);
  return { ...(rest as object), events };
}

describe('splitting a dataset file into its events and the rest', () => {
  const dataset = {
    schemaVersion: 1,
    documents: [{ id: 'a', title: 'with "events": [1, 2] in a string, and a \\"quote\\"' }],
    events: Array.from({ length: 50 }, (_, k) => ({ id: `e${k}`, title: `Event ${k}: braces } ] [ { and, commas`, evidence: [{ start: k, quote: 'é “q” \\ 😀' }] })),
    diagnostics: [{ message: 'events' }],
  };

  it('gives back what JSON.parse gives, compact or indented', () => {
    for (const text of [JSON.stringify(dataset), JSON.stringify(dataset, null, 1), JSON.stringify(dataset, null, '\t')])
      expect(rebuild(text)).toEqual(JSON.parse(text));
  });

  it('handles an empty events list, one event, and a file without events', () => {
    for (const value of [{ ...dataset, events: [] }, { ...dataset, events: [dataset.events[0]] }, { schemaVersion: 1 }, [1, 2], { events: 3 }])
      expect(rebuild(JSON.stringify(value))).toEqual(value);
    expect(splitEvents(bytes('{"events": [ ]}')).spans.length).toBe(0);
  });

  it('throws as JSON.parse does on broken JSON', () => {
    const text = JSON.stringify(dataset);
    for (const broken of [text.slice(0, -10), text.replace('"e3"', '"e3'), `${text}x`, text.replace('},{"id":"e4"', '},,{"id":"e4"'), text.replace(']}]', ']},]')])
      expect(() => rebuild(broken)).toThrow(SyntaxError);
  });

  // Events nested several levels deep, strings that end in backslashes or hold brackets, quotes
  // and the word "events": where each event ends is found the same whatever pieces the bytes come in.
  const tricky = {
    schemaVersion: 1,
    documents: [{ id: 'd', note: { events: [[1], { events: [] }] } }],
    events: [
      { id: 'a', title: 'ends in a backslash \\', list: [[[{ x: ']}' }]], [] ], more: { deep: { deeper: ['"', '\\"', '{['] } } },
      { id: 'b', title: '', empty: {}, none: [], n: -1.5e3, t: true, f: null },
      { id: 'c\\', title: '\\\\', quote: '\\"}]', tail: [{}, [{}], 0] },
    ],
    after: { events: ['not these'] },
  };
  it.each([1, 2, 3, 7, 64])('finds the same events in pieces of %i bytes as in the whole file', (size) => {
    for (const text of [JSON.stringify(tricky), JSON.stringify(tricky, null, 2)]) {
      const b = bytes(text);
      const whole = splitEvents(b);
      const scanner = eventScanner();
      for (let at = size; at < b.length + size; at += size) scanner.scan(b, Math.min(at, b.length));
      expect([...scanner.finish(b).spans]).toEqual([...whole.spans]);
      expect(rebuild(text)).toEqual(JSON.parse(text));
      expect(whole.spans.length).toBe(6);
    }
  });
});
