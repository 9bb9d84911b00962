import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { plainFields } from '../../src/extract/frontMatterPlain.ts';

const yaml = (text: string) => parse(text, { schema: 'core', uniqueKeys: true });

describe('plainFields', () => {
  it('reads "key: text" lines as the YAML parser does', () => {
    const text = 'title: Talks resume, day 2 (10:30)\ndate: 2024-06-12\nsource: Wire no. 3, page [2]\nurl: https://example.com/a?b=c#d\n';
    expect(plainFields(text)).toEqual({
      title: 'Talks resume, day 2 (10:30)',
      date: '2024-06-12',
      source: 'Wire no. 3, page [2]',
      url: 'https://example.com/a?b=c#d',
    });
    expect(plainFields(text)).toEqual(yaml(text));
  });

  it.each([
    ['a number', 'title: 2024\n'],
    ['a boolean', 'title: True\n'],
    ['a null', 'source: ~\n'],
    ['a comment', 'title: Talks # draft\n'],
    ['a quoted value', 'title: "Talks"\n'],
    ['a list', 'title: [a, b]\n'],
    ['a repeated key', 'title: a\ntitle: b\n'],
    ['an indented line', 'title: a\n  b\n'],
    ['an empty value', 'title:\n'],
    ['a colon at the end', 'title: Talks:\n'],
    ['a colon before a space', 'title: Talks: day two\n'],
  ])('leaves %s to the YAML parser', (_, text) => {
    expect(plainFields(text)).toBeNull();
  });

  it('never reads a front matter other than the YAML parser would', () => {
    const char = fc.constantFrom(...'aZé9 :#-,[]{}\'"!&*|>%@`.~+_/?\t'.split(''));
    const line = fc.tuple(
      fc.constantFrom('title', 'date', 'source', 'url', 'null', 'x-y', 'a b'),
      fc.string({ unit: char, maxLength: 14 }),
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (lines) => {
        const text = lines.map(([key, value]) => `${key}: ${value}\n`).join('');
        const fast = plainFields(text);
        if (fast === null) return;
        expect(fast).toEqual(yaml(text));
      }),
      { numRuns: 5000, seed: 7 },
    );
  });
});
