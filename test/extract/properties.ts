// Properties every extraction keeps, whatever the input: shared by the unit tests (a few hundred
// cases) and `npm run fuzz` (100,000 and more).
import fc from 'fast-check';
import type { Extraction } from '../../src/extract/pipeline.ts';
import { documentTextSchema } from '../../src/model/dataset.ts';
import { checkDataset } from '../../src/model/validate.ts';

/** News-like pieces that reach every stage, mixed with hostile Unicode. */
const PIECES = [
  'Hamas',
  'U.S.',
  'Israel’s',
  'Qatari mediators',
  'UN envoy Tor Wennesland',
  'Jake Sullivan',
  'CIA',
  'Doha',
  'Axios sources indicate',
  'reportedly',
  'according to Reuters',
  'officials said',
  '“We will talk,”',
  'stated',
  'on June 10',
  'since May 2024',
  'in 2017',
  'lasted 11 months before collapsing',
  'the first contact since 2017',
  'last year',
  'two days later',
  'Friday',
  'every week',
  'the 1990s',
  'early 2020',
  'from May to July 2019',
  'between 2017 and 2019',
  'until 2025',
  'now',
  '.',
  ',',
  ';',
  ':',
  ' – ',
  '\n',
  '\n- ',
  '# ',
  '---\n',
  'title: x\n',
  '😀',
  '👩‍👩‍👧',
  'e\u0301',
  '\u200b',
  '\u200d',
  '\u202e',
  'مرحبا',
  'שלום',
  '\u0000',
  '\uFEFF',
  '\uD800',
  '\uDC00',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  ' ',
  '  ',
  '2500 years ago',
  '10,000 years from now',
  'lasted 8000 years from June 2021',
  'the 5th century BC',
  'in the year 0',
  '“One. Two,” said Israeli official Mark Regev.',
  'Israel denied that',
  'said Thursday that',
  '``',
  "''",
];

export const textArbitrary: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 6 }), fc.constant(' ')), { maxLength: 80 })
      .map((p) => p.join(' ')),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('a', '.', ' ', '😀', 'May', '2024'), fc.integer({ min: 1, max: 3000 }))
      .map(([s, n]) => s.repeat(n)),
  },
);

export const sourcesArbitrary = fc.array(
  fc.record({ path: fc.constantFrom('a.txt', 'b.md', 'dir/a.txt', '../x/../y.md', 'ü ñ.md'), raw: textArbitrary }),
  {
    minLength: 1,
    maxLength: 3,
  },
);

/** Throws with the reason when an extraction breaks one of the guarantees. */
export function checkExtraction(result: Extraction): void {
  const { dataset, texts } = result;
  const { problems } = checkDataset(JSON.parse(JSON.stringify(dataset)));
  if (problems.length) throw new Error(`invalid dataset: ${JSON.stringify(problems[0])}`);
  const internal = dataset.diagnostics.find((d) => /internal check failed|could not be processed|could not be read \(/.test(d.message));
  if (internal) throw new Error(`a stage failed: ${internal.message}`);
  const textOf = new Map(texts.map((t) => [t.id, t.text]));
  for (const doc of texts) {
    documentTextSchema.parse(doc);
    for (const m of [...doc.timexes, ...doc.actorMentions])
      if (m.end > doc.text.length || doc.text.slice(m.start, m.end) !== m.text)
        throw new Error(`mention off its text: ${JSON.stringify(m)}`);
  }
  for (const event of dataset.events)
    for (const ev of event.evidence) {
      const text = textOf.get(ev.docId)!;
      if (ev.start > ev.end || ev.end > text.length) throw new Error(`passage off its text in ${event.id}`);
      if (ev.trigger.start < ev.start || ev.trigger.end > ev.end) throw new Error(`trigger outside its quote in ${event.id}`);
      if (ev.timex && ev.timex.end > text.length) throw new Error(`time expression out of range in ${event.id}`);
    }
}
