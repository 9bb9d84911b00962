import { describe, expect, it } from 'vitest';
import { eachToken, tokens } from '../../../src/extract/actors/words.ts';
import lists from '../../../src/extract/actors/names.json' with { type: 'json' };

/** The pattern the name recognizer's tokens were first found by: the scan must find the same. */
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}\uFFFD&'’.]*(?:-(?=[\p{Lu}\p{N}])[\p{L}\p{N}\p{M}\uFFFD&'’.]*)*/gu;

function byPattern(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  const re = new RegExp(TOKEN.source, 'gu');
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

function byScan(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  eachToken(text, from, to, (start, end) => out.push([start, end]));
  return out;
}

const TEXTS = [
  "Wal-Mart's U.S. chief met AT&T officials and Abdel-Fattah el-Sisi's aides in Intel-based labs.",
  'F-16s flew over São Paulo; the café\u0301 owners’ union (Ørsted, Москва-Сити) cheered x-ray 3-D B-52.',
  'A lone \ud800 surrogate, 𝐀𝐁𝐂-𝐃 bold, 😀 emoji, 北京-Tianjin, end-- dashes - and -Leading.',
  'See www.example.com/page.html or report.pdf, Inc. and Co.; J.R.R. Tolkien.',
  'President Ren\uFFFD Pr\uFFFDval met \uFFFDlvaro and Jos\uFFFD-Luis.',
  '',
];

describe('eachToken', () => {
  it.each(TEXTS)('finds the tokens the pattern finds, from any start and to any end: %s', (text) => {
    for (let from = 0; from <= text.length; from += 2)
      for (const to of [from, from + 7, from + 23, text.length]) expect(byScan(text, from, to)).toEqual(byPattern(text, from, to));
  });
});

describe('tokens', () => {
  it('keeps a name whole whose letter a wrong decoding replaced', () => {
    const text = 'President Ren\uFFFD Pr\uFFFDval arrived.';
    expect(tokens(text, 0, text.length).map((t) => t.text)).toEqual(['President', 'Ren\uFFFD', 'Pr\uFFFDval', 'arrived']);
  });

  it('cuts a possessive off and remembers it, keeps an abbreviation’s dot, and drops file names', () => {
    const text = "Wal-Mart's U.S. arm cited AT&T. See report.pdf now.";
    expect(tokens(text, 0, text.length).map((t) => [t.text, t.start, t.possessive])).toEqual([
      ['Wal-Mart', 0, true],
      ['U.S.', 11, false],
      ['arm', 16, false],
      ['cited', 20, false],
      ['AT&T', 26, false],
      ['See', 32, false],
      ['now', 47, false],
    ]);
  });
});

describe('the words that end an organization found by its shape', () => {
  it('are words of the lists of institutions, armed groups and legal forms', () => {
    const body = new Set([lists.institution, lists.group, lists.legalForms].flatMap((l) => l.split(' ')));
    expect(lists.institutionsByShape.split(' ').filter((w) => !body.has(w))).toEqual([]);
  });
});
