// The fast scan tries each matcher only near the words it is keyed on. A speed-up never changes
// the answer: whatever a matcher finds anywhere in the text, the fast scan finds too.
import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scan, scanEverywhere } from '../../../src/extract/timex/scan.ts';
import type { Candidate } from '../../../src/extract/timex/spec.ts';
import { CASES } from './cases.ts';
import { TENSE_CASES } from './tenseCases.ts';

const key = (c: Candidate) => `${c.rule}@${c.start}-${c.end}`;

function missing(text: string): string[] {
  const fast = new Set(scan(text).map(key));
  return scanEverywhere(text)
    .map(key)
    .filter((k) => !fast.has(k));
}

describe('the fast scan finds everything a full scan finds', () => {
  it('on every sentence of the specification', () => {
    for (const c of [...CASES, ...TENSE_CASES]) expect({ text: c.text, missing: missing(c.text) }).toEqual({ text: c.text, missing: [] });
  });

  it('on the demo article', () => {
    const seed = fs.readFileSync(new URL('../../../seeds/000_2b6efa1eab75da58.txt', import.meta.url), 'utf8');
    expect(missing(seed)).toEqual([]);
  });

  it('on arbitrary sentences made of date words, numbers and punctuation', () => {
    const words = fc.constantFrom(
      ...'the a on in at by since until from to of last next this that early late mid end start first second third week month year decade century quarter half spring summer autumn fall winter Monday Tuesday Friday Sunday weekend morning afternoon evening night noon midnight today yesterday tomorrow ago later earlier before after January Feb. March Sept. May June Dec. 1 5 10 15 31 1998 2011 2024 90s 1990s 21st 2:30 p.m. a.m. GMT - / , . \' "'.split(
        ' ',
      ),
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        expect(missing(text)).toEqual([]);
      }),
      { numRuns: 2000, seed: 20261203 },
    );
  });
});
