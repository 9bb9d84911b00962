// npm run fuzz [-- --runs N] [--seed S]: the extractor's guarantees (never throws, every offset
// inside its text, every quote equal to its slice, valid output, deterministic) over N arbitrary
// inputs, 100,000 by default. Prints how many ran; exits non-zero with the counterexample on failure.
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { extractTexts } from '../src/extract/pipeline.ts';
import { loadGazetteer } from '../src/extract/pipeline.ts';
import { checkExtraction, sourcesArbitrary } from '../test/extract/properties.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '100000' }, seed: { type: 'string' } } });
const runs = Number(values.runs);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
const gazetteer = loadGazetteer();
let ran = 0;
const started = performance.now();
const result = fc.check(
  fc.property(sourcesArbitrary, (sources) => {
    const first = extractTexts(sources, gazetteer);
    checkExtraction(first);
    if (JSON.stringify(first) !== JSON.stringify(extractTexts(sources, gazetteer))) throw new Error('two runs gave different output');
    ran++;
    if (process.stderr.isTTY && ran % 1000 === 0) process.stderr.write(`\r${ran}/${runs} cases…`);
  }),
  { numRuns: runs, seed },
);
if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (result.failed) {
  console.error(fc.defaultReportMessage(result));
  console.log(`fuzz: FAILED after ${ran} cases (seed ${seed}, ${seconds} s)`);
  process.exitCode = 1;
} else {
  console.log(`fuzz: ${result.numRuns} cases ran, 0 failed (seed ${seed}, ${seconds} s)`);
}
