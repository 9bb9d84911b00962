import { describe, expect, it } from 'vitest';
import { bySentence, lastEndingBy, overlapsAny, textWithout } from '../../src/extract/spans.ts';
import type { Span } from '../../src/extract/context.ts';

describe('spans', () => {
  it('groups spans under the sentence they start in', () => {
    const sentences = [
      { start: 0, end: 10 },
      { start: 11, end: 20 },
    ];
    const spans = [
      { start: 12, end: 14 },
      { start: 1, end: 3 },
    ];
    expect(bySentence(sentences, spans)).toEqual([[{ start: 1, end: 3 }], [{ start: 12, end: 14 }]]);
  });

  it('blanks the time expressions inside a passage, keeping every other offset in place', () => {
    const text = 'Talks resumed on 3 March in Doha.';
    const date = { start: 17, end: 24 };
    const outside = { start: 0, end: 5 };
    const blanked = textWithout(text, { start: 6, end: text.length }, [date, outside]);
    expect(blanked).toBe('resumed on         in Doha.');
    expect(blanked.length).toBe(text.length - 6);
  });
});

/** Spans at seeded random places (some overlapping, some nested, some empty), in no order. */
function randomSpans(count: number, seed: number): Span[] {
  let x = seed;
  const next = (n: number) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
  return Array.from({ length: count }, () => {
    const start = next(2000);
    return { start, end: start + next(40) };
  });
}

describe('long lists of spans (every name or date of a long document)', () => {
  it('tell whether a span overlaps one of them exactly as a scan of the whole list does', () => {
    for (const seed of [1, 2, 3]) {
      const spans = randomSpans(300, seed);
      for (const probe of randomSpans(400, seed + 10)) {
        const scanned = spans.some((n) => n.start < probe.end && probe.start < n.end);
        expect(overlapsAny(spans, probe.start, probe.end)).toBe(scanned);
      }
    }
  });

  it('blank the same characters of a passage as a scan of the whole list does', () => {
    const text = 'talks on 3 March and then more talks on Friday, '.repeat(50);
    const holes = randomSpans(200, 7).filter((h) => h.end <= text.length);
    for (const span of randomSpans(100, 8)) {
      let expected = text.slice(span.start, span.end);
      for (const h of holes)
        if (h.start >= span.start && h.end <= span.end)
          expected = expected.slice(0, h.start - span.start) + ' '.repeat(h.end - h.start) + expected.slice(h.end - span.start);
      expect(textWithout(text, span, holes)).toBe(expected);
    }
  });

  it('find the last span that ends by a point exactly as a scan of the whole list does', () => {
    for (const seed of [4, 5]) {
      const spans = randomSpans(300, seed)
        .filter((n) => n.end > n.start)
        .sort((a, b) => a.start - b.start);
      for (const probe of randomSpans(200, seed + 20))
        expect(lastEndingBy(spans, probe.start)).toBe(spans.findLast((n) => n.end <= probe.start));
    }
  });
});
