// npx tsx bench/readerSpeed.ts FILE [--runs 3]: the dataset reader (readDataset.ts) on its own, in
// this thread, given the file in pieces of 64 kB as a download gives them: the time to the
// outcome and the CPU time it took (medians of the runs) and the events kept.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { datasetReader } from '../src/app/data/readDataset.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '3' } } });
const bytes = new Uint8Array(readFileSync(positionals[0]!));
const times: number[] = [];
const cpu: number[] = [];
for (let run = 0; run < Number(values.runs); run++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const reader = datasetReader('file', bytes.length);
  for (let at = 0; at < bytes.length; at += 1 << 16) reader.push(bytes.subarray(at, at + (1 << 16)));
  const outcome = reader.finish();
  times.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
  if (!outcome.ok) throw new Error(outcome.message);
  if (run === 0) console.log(`${outcome.read.columns.start.length} events kept, ${outcome.read.problems.length} problems`);
}
const median = (list: number[]) => list.sort((a, b) => a - b)[list.length >> 1]!.toFixed(0);
// CPU time (of the whole process, the engine's helper threads included) is what a busy machine changes least.
console.log(`read in ${median(times)} ms, ${median(cpu)} ms of CPU (medians of ${times.length})`);
