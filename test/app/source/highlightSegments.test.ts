import { describe, expect, it } from 'vitest';
import { eventAt, highlightSegments, inPassage } from '../../../src/app/source/highlightSegments.ts';
import type { Passage, Segment } from '../../../src/app/source/highlightSegments.ts';

//            0         1         2         3         4
//            0123456789012345678901234567890123456789012345
const text = 'Intro. CIA met in Doha on June 10. Then more.';
const doha: Passage = { event: 0, start: 7, end: 34, trigger: { start: 11, end: 14 }, timex: { start: 26, end: 33 } };
const wider: Passage = { event: 1, start: 0, end: 34, trigger: { start: 0, end: 5 }, timex: null };

describe('highlightSegments', () => {
  const segments = highlightSegments(
    text.length,
    [doha, wider],
    [{ start: 26, end: 33 }],
    [
      { start: 7, end: 10, actorId: 'cia' },
      { start: 18, end: 22, actorId: 'qatar' },
    ],
  );
  const find = (s: string) => segments.find((g) => text.slice(g.start, g.end) === s)!;

  it('covers the text exactly once, in order', () => {
    expect(segments.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
  });

  it('marks triggers, dates and actor mentions at their offsets, with the passages covering them', () => {
    expect(find('met')).toMatchObject({ start: 11, end: 14, trigger: 0, passages: [0, 1] });
    expect(find('June 10')).toMatchObject({ start: 26, end: 33, timex: true });
    expect(find('CIA')).toMatchObject({ start: 7, mention: 'cia' });
    expect(find('Doha')).toMatchObject({ start: 18, mention: 'qatar' });
    expect(find('Intro')).toMatchObject({ start: 0, trigger: 1, passages: [1] });
    expect(find(' Then more.')).toMatchObject({ passages: [], trigger: -1, timex: false, mention: null });
  });

  it('leaves the passage shown to the renderer: a run is in it when the passage contains it', () => {
    expect(inPassage(find('met'), doha)).toBe(true);
    expect(inPassage(find('Intro'), doha)).toBe(false);
    expect(inPassage(find('Intro'), wider)).toBe(true);
    expect(inPassage(find('met'), null)).toBe(false);
  });

  it('picks the event a click means: a trigger first, then the shown passage, then the narrowest', () => {
    expect(eventAt(find('Intro'), 0, [doha, wider])).toBe(1);
    expect(eventAt(find(' in '), 0, [doha, wider])).toBe(0);
    expect(eventAt(find(' in '), -1, [doha, wider])).toBe(0);
    expect(eventAt(find(' Then more.'), 0, [doha, wider])).toBe(-1);
  });

  it('clamps offsets past the end of the text and ignores spans that cover nothing', () => {
    const out = highlightSegments(
      5,
      [{ ...doha, start: 2, end: 50 }],
      [
        { start: 3, end: 3 },
        { start: 9, end: 12 },
      ],
      [{ start: 4, end: 2, actorId: 'x' }],
    );
    expect(out.map((s) => [s.start, s.end])).toEqual([
      [0, 2],
      [2, 5],
    ]);
    expect(out.every((s) => !s.timex && s.mention === null)).toBe(true);
  });

  it('takes the first trigger and mention given when several cover a run', () => {
    const out = highlightSegments(
      10,
      [
        { ...wider, start: 0, end: 10, trigger: { start: 0, end: 6 } },
        { ...doha, start: 2, end: 8, trigger: { start: 2, end: 4 } },
      ],
      [],
      [
        { start: 0, end: 5, actorId: 'outer' },
        { start: 1, end: 3, actorId: 'inner' },
      ],
    );
    const at = (k: number) => out.find((s) => s.start <= k && k < s.end)!;
    expect(at(2)).toMatchObject({ trigger: 1, mention: 'outer', passages: [1, 0] });
    expect(at(6)).toMatchObject({ trigger: -1, mention: null, passages: [1, 0] });
    expect(at(9)).toMatchObject({ passages: [1] });
  });
});

// A long document: 5,000 sentences built from one template, 4 actor mentions each (20,000), every
// sentence a passage with its trigger and date, except the first of each of 10 sections, which are
// passages too (4,990 + 10 = 5,000 passages, the sections overlapping their sentences).
describe('highlightSegments on a document of 20,000 mentions and 5,000 passages', () => {
  const SENTENCE = 'Ann met Bob in Doha on 1 May, said Cid. ';
  const W = SENTENCE.length;
  const N = 5_000;
  const SECTION = 500;
  const at = (word: string) => ({ start: SENTENCE.indexOf(word), end: SENTENCE.indexOf(word) + word.length });
  const WORDS = {
    trigger: at('met'),
    timex: at('1 May'),
    mentions: (['Ann', 'Bob', 'Doha', 'Cid'] as const).map((w) => ({ ...at(w), actorId: w.toLowerCase() })),
  };
  const shift = (s: { start: number; end: number }, by: number) => ({ start: s.start + by, end: s.end + by });
  const length = N * W;
  const ownPassage = (i: number) => i % SECTION !== 0;

  const passages: Passage[] = [];
  const timexes: { start: number; end: number }[] = [];
  const mentions: { start: number; end: number; actorId: string }[] = [];
  for (let i = 0; i < N; i++) {
    const o = i * W;
    timexes.push(shift(WORDS.timex, o));
    for (const m of WORDS.mentions) mentions.push({ ...shift(m, o), actorId: m.actorId });
    // A sentence's passage leaves out the space after it.
    if (ownPassage(i))
      passages.push({ event: i, start: o, end: o + W - 1, trigger: shift(WORDS.trigger, o), timex: shift(WORDS.timex, o) });
  }
  const sectionEvent = (s: number) => 100_000 + s;
  for (let s = 0; s < N / SECTION; s++) {
    const o = s * SECTION * W;
    passages.push({ event: sectionEvent(s), start: o, end: o + SECTION * W - 1, trigger: shift(WORDS.trigger, o), timex: null });
  }
  const segments = highlightSegments(length, passages, timexes, mentions);

  /** What one character should carry, worked out from the template rather than from the spans. */
  function expected(k: number): Omit<Segment, 'start' | 'end'> {
    const i = Math.floor(k / W);
    const r = k - i * W;
    const inside = (s: { start: number; end: number }) => s.start <= r && r < s.end;
    const inSentence = r < W - 1;
    const section = Math.floor(i / SECTION);
    const lastOfSection = i % SECTION === SECTION - 1;
    const covering = [...(ownPassage(i) && inSentence ? [i] : []), ...(inSentence || !lastOfSection ? [sectionEvent(section)] : [])];
    return {
      passages: covering,
      trigger: inside(WORDS.trigger) ? (ownPassage(i) ? i : sectionEvent(section)) : -1,
      timex: inside(WORDS.timex),
      mention: WORDS.mentions.find(inside)?.actorId ?? null,
    };
  }

  it('tiles the text in order, with no empty run', () => {
    expect(segments[0]!.start).toBe(0);
    expect(segments.at(-1)!.end).toBe(length);
    const gaps = segments.filter((s, k) => s.start >= s.end || (k > 0 && s.start !== segments[k - 1]!.end));
    expect(gaps).toEqual([]);
  });

  it('gives every character of every run the marks the template says, and cuts only where they change', () => {
    const wrong: string[] = [];
    let previous: string | null = null;
    for (const s of segments) {
      const want = JSON.stringify(expected(s.start));
      const got = JSON.stringify({ passages: s.passages, trigger: s.trigger, timex: s.timex, mention: s.mention });
      if (got !== want || want === previous) wrong.push(`${s.start}-${s.end}: ${got}, want ${want}`);
      for (let k = s.start + 1; k < s.end; k++)
        if (JSON.stringify(expected(k)) !== want) wrong.push(`${s.start}-${s.end}: not one run at ${k}`);
      previous = want;
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('nests the trigger, date and actors of a sentence inside its passage, at their offsets', () => {
    const o = 1234 * W;
    const run = (word: string) => segments.find((s) => s.start === o + SENTENCE.indexOf(word))!;
    expect(run('Ann')).toEqual({ start: o, end: o + 3, passages: [1234, sectionEvent(2)], trigger: -1, timex: false, mention: 'ann' });
    expect(run('met')).toEqual({ start: o + 4, end: o + 7, passages: [1234, sectionEvent(2)], trigger: 1234, timex: false, mention: null });
    expect(run('1 May')).toEqual({
      start: o + 23,
      end: o + 28,
      passages: [1234, sectionEvent(2)],
      trigger: -1,
      timex: true,
      mention: null,
    });
    expect(run('Cid')).toEqual({
      start: o + 35,
      end: o + 38,
      passages: [1234, sectionEvent(2)],
      trigger: -1,
      timex: false,
      mention: 'cid',
    });
    // The space between two sentences lies in the section's passage only.
    expect(segments.find((s) => s.start === o + W - 1)).toEqual({
      start: o + W - 1,
      end: o + W,
      passages: [sectionEvent(2)],
      trigger: -1,
      timex: false,
      mention: null,
    });
  });

  it('gives the trigger of a sentence without a passage of its own to the section around it', () => {
    const o = 1500 * W;
    expect(segments.find((s) => s.start === o + 4)).toMatchObject({ end: o + 7, passages: [sectionEvent(3)], trigger: sectionEvent(3) });
  });
});
