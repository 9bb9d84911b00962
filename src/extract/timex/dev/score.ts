// Dev scorer: runs analyzeTimes over documents exported by the TempEval-3 yardstick and scores
// them with its score.mjs. Usage (from the project root):
//   node ../shared/eval/timex/score.mjs export /tmp/tx/docs
//   npx tsx src/extract/timex/dev/score.ts /tmp/tx/docs [--details]
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runPipeline } from '../pipeline.ts';
import { splitSentences } from '../../sentences.ts';

const [dir = '/tmp/tx/docs', ...flags] = process.argv.slice(2);
const scorer = path.resolve('../shared/eval/timex/score.mjs');
const pred: Record<string, unknown[]> = {};
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .sort()) {
  const content = readFileSync(path.join(dir, file), 'utf8');
  const end = content.indexOf('\n---\n', 3);
  const date = /\ndate:\s*"?([^"\n]*)/.exec(content.slice(0, end))?.[1] ?? null;
  const body = content.slice(end + 5);
  // The sentences the extractor's own stage gives, so that this score is the one run.sh reports.
  const { timexes } = runPipeline(body, { dct: date, sentences: splitSentences(body) });
  pred[file.replace(/\.md$/, '')] = timexes.map(({ start, end, text, type, value }) => ({ start, end, text, type, value }));
}
const out = path.join(dir, '..', 'pred.json');
writeFileSync(out, JSON.stringify(pred));
process.stdout.write(execFileSync('node', [scorer, 'score', path.join(dir, 'gold.json'), out, ...flags], { encoding: 'utf8' }));
