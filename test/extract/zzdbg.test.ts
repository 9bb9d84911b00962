import { it } from 'vitest';
import { extractTexts } from '../../src/extract/pipeline.ts';
import { gazetteer } from './helpers.ts';
it('dbg', () => {
  const body = process.env.BODY!;
  const { dataset, texts } = extractTexts([{ path: 'doc.md', raw: `---\ntitle: Test\ndate: 2011-02-11\n---\n${body}` }], gazetteer());
  const text = texts[0]!.text;
  console.log(JSON.stringify(text));
  for (const e of dataset.events) console.log(e.title, '|', text.slice(e.evidence[0]!.trigger.start, e.evidence[0]!.trigger.end), '|', JSON.stringify(e.time));
});
