import { describe, expect, it } from 'vitest';
import { eventAt, highlightSegments } from '../../../src/app/source/highlightSegments.ts';
import type { Passage } from '../../../src/app/source/highlightSegments.ts';

//            0         1         2         3         4
//            0123456789012345678901234567890123456789012345
const text = 'Intro. CIA met in Doha on June 10. Then more.';
const doha: Passage = { event: 0, start: 7, end: 34, trigger: { start: 11, end: 14 }, timex: { start: 26, end: 33 } };
const wider: Passage = { event: 1, start: 0, end: 34, trigger: { start: 0, end: 5 }, timex: null };

describe('highlightSegments', () => {
  const segments = highlightSegments(text.length, [doha, wider], doha, [{ start: 26, end: 33 }], [{ start: 7, end: 10, actorId: 'cia' }, { start: 18, end: 22, actorId: 'qatar' }]);
  const find = (s: string) => segments.find((g) => text.slice(g.start, g.end) === s)!;

  it('covers the text exactly once, in order', () => {
    expect(segments.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
  });

  it('marks the passage shown, its trigger, its date and its actor mentions at their offsets', () => {
    expect(find('met')).toMatchObject({ start: 11, end: 14, selected: true, trigger: 0 });
    expect(find('June 10')).toMatchObject({ start: 26, end: 33, timex: true, selected: true });
    expect(find('CIA')).toMatchObject({ start: 7, mention: 'cia' });
    expect(find('Doha')).toMatchObject({ start: 18, mention: 'qatar' });
    expect(find(' Then more.')).toMatchObject({ passages: [], selected: false });
  });

  it('picks the event a click means: a trigger first, then the shown passage, then the narrowest', () => {
    expect(eventAt(find('Intro'), 0, [doha, wider])).toBe(1);
    expect(eventAt(find(' in '), 0, [doha, wider])).toBe(0);
    expect(eventAt(find(' in '), -1, [doha, wider])).toBe(0);
    expect(eventAt(find(' Then more.'), 0, [doha, wider])).toBe(-1);
  });

  it('clamps offsets past the end of the text', () => {
    const out = highlightSegments(5, [{ ...doha, start: 2, end: 50 }], null, [], []);
    expect(out.at(-1)!.end).toBe(5);
  });
});
