import { describe, expect, it } from 'vitest';
import { parseLargeJson } from '../../../src/app/data/parseLargeJson.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('parsing a dataset too large for one string', () => {
  const dataset = {
    schemaVersion: 1,
    documents: [{ id: 'a', title: 'with "events": [1, 2] in a string, and a \\"quote\\"' }],
    events: Array.from({ length: 50 }, (_, k) => ({ id: `e${k}`, title: `Event ${k}: braces } ] [ { and, commas`, evidence: [{ start: k, quote: 'é “q” \\ 😀' }] })),
    diagnostics: [{ message: 'events' }],
  };

  it('gives what JSON.parse gives, whatever the size of a batch of events', () => {
    const text = JSON.stringify(dataset, null, 1);
    for (const batch of [1, 100, 1000, 1 << 20]) expect(parseLargeJson(bytes(text), batch)).toEqual(JSON.parse(text));
  });

  it('handles an empty events list, one event, and a file without events', () => {
    for (const value of [{ ...dataset, events: [] }, { ...dataset, events: [dataset.events[0]] }, { schemaVersion: 1 }, [1, 2]]) {
      expect(parseLargeJson(bytes(JSON.stringify(value)), 10)).toEqual(value);
    }
  });

  it('throws as JSON.parse does on broken JSON', () => {
    const text = JSON.stringify(dataset);
    for (const broken of [text.slice(0, -10), text.replace('"e3"', '"e3'), `${text}x`]) expect(() => parseLargeJson(bytes(broken), 100)).toThrow(SyntaxError);
  });
});
