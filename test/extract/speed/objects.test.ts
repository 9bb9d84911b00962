import { describe, expect, it } from 'vitest';
import { changed, extend } from '../../../src/extract/objects.ts';
import { flatMapOf, mapOf } from '../../../src/extract/lists.ts';
import { startingAt } from '../../../src/extract/spans.ts';

// The helpers that stand in for spreads, flatMap and scans in the stages must give what those give:
// the dataset's key order and values depend on it.
describe('objects and lists made without spreads', () => {
  const base = { start: 3, end: 9, text: 'talks', quote: { start: 0, end: 20 } };

  it('extend gives the keys and values of a spread, in its order, new keys last and changed ones in place', () => {
    const made = extend(base, { title: 'Talks resume', end: 12 });
    expect(Object.keys(made)).toEqual(Object.keys({ ...base, title: 'Talks resume', end: 12 }));
    expect(JSON.stringify(made)).toBe(JSON.stringify({ ...base, title: 'Talks resume', end: 12 }));
    expect(made).not.toBe(base);
    expect(base.end).toBe(9);
  });

  it('changed gives a spread with fields of the same type', () => {
    const made = changed(base, { text: 'vote' });
    expect(JSON.stringify(made)).toBe(JSON.stringify({ ...base, text: 'vote' }));
    expect(base.text).toBe('talks');
  });

  it('flatMapOf gives what flatMap gives, with the index', () => {
    const rows = [[1, 2], [], [3], [4, 5, 6]];
    expect(flatMapOf(rows, (r, i) => r.map((n) => n * 10 + i))).toEqual(rows.flatMap((r, i) => r.map((n) => n * 10 + i)));
    expect(flatMapOf([], () => [1])).toEqual([]);
  });

  it('mapOf gives what map gives, with the index, and a list without holes', () => {
    const words = ['Talks', 'resume', 'on', 'Monday'];
    expect(mapOf(words, (w, i) => `${i}:${w.toLowerCase()}`)).toEqual(words.map((w, i) => `${i}:${w.toLowerCase()}`));
    expect(mapOf([], (w: string) => w)).toEqual([]);
    const made = mapOf(words, (w) => w.length);
    expect(Object.keys(made)).toEqual(['0', '1', '2', '3']);
  });

  it('startingAt finds the first item that starts at an offset, as a scan does', () => {
    const tokens = [0, 4, 4, 9, 15].map((start, k) => ({ start, end: start + 3, k }));
    for (const at of [-1, 0, 2, 4, 9, 15, 16]) expect(startingAt(tokens, at)).toBe(tokens.find((t) => t.start === at));
  });
});
