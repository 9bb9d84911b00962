// npm run bench:extract [-- --docs N] [--from DIR] [--repeat N]: generates a synthetic corpus (N articles, 3,000
// by default), or reads the folder DIR, and prints the extractor's throughput end to end (read →
// dataset written: documents and MB per second, peak memory, measured in a child process so the
// corpus generation does not count) with the per-document stages in one thread and as two jobs (this
// thread and a worker thread), the size of dataset.json against the documents' text, then the language
// analysis on its own, and the time-expression stage beside chrono-node's parser on the same
// texts, and on worst cases.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extract } from '../src/extract/pipeline.ts';
import { measureStages } from '../src/extract/core.ts';
import { writeOutput } from '../src/extract/output.ts';
import { tightHeap } from '../src/extract/heapGrowth.ts';
import { splitFrontMatter } from '../src/extract/frontMatter.ts';
import { generateCorpus } from './corpus.ts';
import { benchTimex } from './timex.ts';
import { benchLanguage } from './language.ts';
import { benchWorstCases } from './timexWorstCases.ts';
import { mainThreadCpu, recordThreads, threadCpu } from './threadCpu.ts';
import type { ThreadProfile } from './threadCpu.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Runs the child from its bundle, as `npm run extract` runs the CLI: no TypeScript loader to measure. */
const RUN = fileURLToPath(new URL('../src/extract/run.mjs', import.meta.url));
const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '3000' },
    from: { type: 'string' },
    child: { type: 'string' },
    jobs: { type: 'string', default: '1' },
    repeat: { type: 'string', default: '1' },
  },
});

if (values.child) {
  // Child: extract the corpus folder and report timing and peak memory as JSON.
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const mainStart = mainThreadCpu();
  const recording = await recordThreads();
  // Where the time goes: the per-document stages (until the last document is back), the corpus
  // stage with the checks (one thread), writing.
  const phase = () => {
    const cpu = process.cpuUsage(cpuStart);
    return {
      seconds: (performance.now() - started) / 1000,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      mainCpuSeconds: mainStart === null ? null : mainThreadCpu()! - mainStart,
    };
  };
  let documentsDone = phase();
  // Each thread's CPU-seconds when the last document is back (the workers' and V8's helpers').
  let threadsAtDocumentsDone = threadCpu();
  // In one thread, the CPU time of each stage too (process-wide: the garbage collector's and the
  // compiler's threads count where they ran).
  const spent = new Map<string, number>();
  if (Number(values.jobs) === 1)
    measureStages({
      now: () => {
        const c = process.cpuUsage();
        return c.user + c.system;
      },
      spent,
    });
  const result = await extract([values.child], {
    jobs: Number(values.jobs),
    onDocument: (done, total) => {
      if (done !== total) return;
      documentsDone = phase();
      threadsAtDocumentsDone = threadCpu();
    },
  });
  const extracted = phase();
  // Written as the CLI writes it: under the corpus stage's tight heap (heapGrowth.ts).
  const release = tightHeap({ collect: false });
  await writeOutput(path.join(here, 'out', 'data'), result.dataset, result.texts);
  release();
  const written = phase();
  const threadProfile = await recording.stop();
  const seconds = written.seconds;
  // The input text: the documents' text as the extractor read it (UTF-8), front matter and markup left out.
  const textBytes = result.texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0);
  const datasetBytes = fs.statSync(path.join(here, 'out', 'data', 'dataset.json')).size;
  const events = result.dataset.events.length;
  console.log(
    JSON.stringify({
      seconds,
      cpuSeconds: written.cpuSeconds,
      phases: [documentsDone, extracted, written],
      stages: Object.fromEntries([...spent].map(([name, us]) => [name, us / 1e6])),
      documents: result.read,
      events,
      maxRssKb: process.resourceUsage().maxRSS,
      threads: threadsAtDocumentsDone.filter((t) => t.cpuSeconds >= 0.05),
      threadProfile,
      textBytes,
      datasetBytes,
    }),
  );
} else {
  const dir = values.from ? path.resolve(values.from) : path.join(here, 'out', 'corpus');
  const corpus = values.from ? readCorpus(dir) : generateCorpus(Number(values.docs));
  if (!values.from) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    for (const article of corpus) fs.writeFileSync(path.join(dir, article.name), article.text);
  }
  const count = corpus.length;
  const bytes = corpus.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const mb = bytes / 1024 / 1024;
  console.log(`Corpus: ${count} articles, ${mb.toFixed(2)} MB (${values.from ?? 'bench/out/corpus'})`);

  const baseline = JSON.parse(
    execFileSync(process.execPath, ['-e', 'console.log(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }))']).toString(),
  );
  // The children's output goes to bench/out/data, the benchmark's own scratch folder: an older
  // one (of an earlier format, without the extractor's marker) would be refused.
  for (const old of ['data', '.data.versions']) fs.rmSync(path.join(here, 'out', old), { recursive: true, force: true });
  // One thread and two jobs (this thread and a worker) take turns, `--repeat` times: on a shared machine the load changes
  // from minute to minute, and each is shown by its median run, with the spread.
  interface Phase {
    seconds: number;
    cpuSeconds: number;
    /** This thread's own CPU-seconds (Linux), apart from the workers' and V8's helper threads'. */
    mainCpuSeconds: number | null;
  }
  interface Run extends Phase {
    jobs: number;
    documents: number;
    events: number;
    maxRssKb: number;
    textBytes: number;
    datasetBytes: number;
    phases: Phase[];
    /** CPU-seconds by stage (one thread only). */
    stages: Record<string, number>;
    /** CPU-seconds by thread, and this thread's serial part (Linux). */
    threadProfile: ThreadProfile | null;
  }
  const repeats = Math.max(1, Number(values.repeat) || 1);
  const all: Run[][] = [[], []];
  for (let r = 0; r < repeats; r++)
    [1, 2].forEach((jobs, k) => {
      const run = JSON.parse(
        execFileSync(process.execPath, [RUN, fileURLToPath(import.meta.url), '--child', dir, '--jobs', String(jobs)], {
          maxBuffer: 1 << 24,
        }).toString(),
      );
      all[k]!.push({ jobs, ...run });
    });
  const median = (list: Run[]) => [...list].sort((a, b) => a.seconds - b.seconds)[(list.length - 1) >> 1]!;
  const runs = all.map(median);
  console.log('\nWhole pipeline (read → dataset written)');
  for (const run of runs) {
    console.log(
      `  ${run.jobs === 1 ? 'one thread' : `${run.jobs} jobs (this thread and ${run.jobs - 1} worker${run.jobs > 2 ? 's' : ''})`}`,
    );
    console.log(`    documents/s   ${(run.documents / run.seconds).toFixed(0)}`);
    console.log(`    MB/s          ${(mb / run.seconds).toFixed(2)}`);
    console.log(`    MB/CPU-s      ${(mb / run.cpuSeconds).toFixed(2)} (${run.cpuSeconds.toFixed(2)} CPU-seconds, every thread)`);
    console.log(`    total         ${run.seconds.toFixed(2)} s for ${run.documents} documents, ${run.events} events`);
    const mine = all[run.jobs === 1 ? 0 : 1]!;
    if (mine.length > 1) {
      const range = (f: (r: Run) => number) => `${Math.min(...mine.map(f)).toFixed(2)}–${Math.max(...mine.map(f)).toFixed(2)}`;
      console.log(
        `    spread        ${range((r) => r.seconds)} s, ${range((r) => r.cpuSeconds)} CPU-s over ${mine.length} runs (median shown)`,
      );
    }
    const [documents, corpus, written] = run.phases;
    const span = (a: Phase, b: Phase = { seconds: 0, cpuSeconds: 0, mainCpuSeconds: 0 }) =>
      `${(a.seconds - b.seconds).toFixed(2)} s, ${(a.cpuSeconds - b.cpuSeconds).toFixed(2)} CPU-s`;
    const main = documents!.mainCpuSeconds === null ? '' : `; this thread ${documents!.mainCpuSeconds.toFixed(2)} CPU-s of them`;
    console.log(`    documents     ${span(documents!)} (start-up, reading, the per-document stages${main})`);
    console.log(`    corpus stage  ${span(corpus!, documents)} (merge, reports, salience, duplicates, checks; one thread)`);
    console.log(`    writing       ${span(written!, corpus)}`);
    const stages = Object.entries(run.stages);
    if (stages.length) {
      const sum = stages.reduce((n, [, s]) => n + s, 0);
      console.log(
        `    by stage      ${stages.map(([name, s]) => `${name} ${s.toFixed(2)}`).join(', ')} CPU-s (${sum.toFixed(2)} in all; the rest: start-up, reading, writing)`,
      );
    }
    console.log(
      `    peak memory   ${(run.maxRssKb / 1024).toFixed(0)} MB RSS (a bare node process: ${(baseline.maxRssKb / 1024).toFixed(0)} MB)`,
    );
    const t = run.threadProfile;
    if (t) {
      const workers = t.workers.length
        ? `, worker${t.workers.length > 1 ? 's' : ''} ${t.workers.map((w) => w.toFixed(2)).join(' + ')}`
        : '';
      console.log(
        `    by thread     this thread ${t.main.toFixed(2)}${workers}, V8's helpers ${t.helpers.toFixed(2)} (garbage collection, optimizing compiler) CPU-s; ${t.total.toFixed(2)} in all`,
      );
      if (t.workers.length) {
        const { before, between, after } = t.serial;
        console.log(
          `    serial        ${(before + between + after).toFixed(2)} CPU-s of this thread while no worker ran: ${before.toFixed(2)} before their first work, ${between.toFixed(2)} between (on a loaded machine, mostly a worker waiting for a core), ${after.toFixed(2)} after their last`,
        );
      }
    }
  }
  // What two jobs can gain on two free cores, from CPU-seconds alone (the load of a shared machine
  // changes seconds, much less CPU-seconds): one thread takes at least its main thread's CPU and
  // half of all; two jobs at least their serial part plus half the rest, and each thread's own.
  const [one, two] = runs.map((r) => r.threadProfile);
  if (one && two?.workers.length) {
    // Before the workers' first work and after their last: serial whatever the load ("between" is not).
    const serial = two.serial.before + two.serial.after;
    const startup = workerStartup();
    const oneTime = Math.max(one.main, one.total / 2);
    const twoTime = Math.max(serial + (two.total - serial) / 2, two.main, ...two.workers);
    console.log(
      `  on two free cores, 2 jobs against one thread: at most ${(oneTime / twoTime).toFixed(2)}× (one thread ≥ ${oneTime.toFixed(2)} s: this thread ${one.main.toFixed(2)} CPU-s, half of ${one.total.toFixed(2)}; 2 jobs ≥ ${twoTime.toFixed(2)} s: serial ${serial.toFixed(2)} + half of ${(two.total - serial).toFixed(2)} CPU-s; a worker's start-up ${startup === null ? '?' : startup.toFixed(2)} CPU-s)`,
    );
  }
  const load = os.loadavg()[0]!.toFixed(1);
  console.log(
    `  2 jobs against one thread: ${(runs[0]!.seconds / runs[1]!.seconds).toFixed(2)}×, their CPU-seconds ${(runs[1]!.cpuSeconds / runs[0]!.cpuSeconds).toFixed(2)}× its (${os.availableParallelism()} cores, load average ${load})`,
  );

  const size = runs[0]!;
  console.log(
    `\ndataset.json ${(size.datasetBytes / size.textBytes).toFixed(2)}× the input text (${(size.datasetBytes / 1e6).toFixed(2)} MB for ${(size.textBytes / 1e6).toFixed(2)} MB of document text; ${(size.datasetBytes / bytes).toFixed(2)}× the input files)`,
  );

  const texts = corpus.map((a) => {
    const { text, meta } = splitFrontMatter(a.text, a.name);
    return { text, dct: meta.date };
  });
  const language = benchLanguage(texts.map((t) => t.text));
  console.log('\nLanguage analysis (tokens, parts of speech, lemmas; given the sentences, median of timed rounds)');
  console.log(
    `  language analysis   ${language.mbPerSec.toFixed(2)} MB/s, ${(language.tokensPerSec / 1000).toFixed(0)}k tokens/s (first pass, model loading included: ${language.firstPassSeconds.toFixed(2)} s)`,
  );

  const timex = benchTimex(texts);
  console.log('\nTime expressions, same texts (median of timed rounds; × chrono-node on the clock, then in CPU-seconds)');
  console.log(
    `  this stage, splitting sentences itself   ${timex.ours.docsPerSec.toFixed(0)} documents/s, ${timex.ours.mbPerSec.toFixed(2)} MB/s   ${timex.ratio.toFixed(2)}× chrono-node (CPU ${timex.cpuRatio.toFixed(2)}×)`,
  );
  console.log(
    `  this stage, given the sentences (as run)  ${timex.inPipeline.docsPerSec.toFixed(0)} documents/s, ${timex.inPipeline.mbPerSec.toFixed(2)} MB/s   ${timex.ratioInPipeline.toFixed(2)}× chrono-node (CPU ${timex.cpuRatioInPipeline.toFixed(2)}×)`,
  );
  console.log(
    `  chrono-node                               ${timex.chrono.docsPerSec.toFixed(0)} documents/s, ${timex.chrono.mbPerSec.toFixed(2)} MB/s`,
  );

  console.log('\nTime expressions on worst cases (250 kB, then 500 kB; growth about 2 when linear)');
  for (const w of benchWorstCases()) {
    console.log(`  ${w.name.padEnd(34)} ${w.small.toFixed(2)} s → ${w.large.toFixed(2)} s   growth ${w.growth.toFixed(1)}×`);
  }
}

/**
 * A worker's start-up: its CPU-seconds on a folder of one short document (loading its code, the
 * lexicon and the tagger's model, compiling), or null where threads cannot be read.
 */
function workerStartup(): number | null {
  const one = path.join(here, 'out', 'one-document');
  fs.rmSync(one, { recursive: true, force: true });
  fs.mkdirSync(one, { recursive: true });
  fs.writeFileSync(path.join(one, 'a.txt'), 'The council approved the new budget on 3 March 2031.\n');
  const run = JSON.parse(
    execFileSync(process.execPath, [RUN, fileURLToPath(import.meta.url), '--child', one, '--jobs', '2'], { maxBuffer: 1 << 24 }).toString(),
  ) as { threadProfile: ThreadProfile | null };
  return run.threadProfile?.workers.length ? Math.max(...run.threadProfile.workers) : null;
}

/** The articles of a folder (Markdown and text files, recursively), in a stable order. */
function readCorpus(dir: string): { name: string; text: string }[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => /\.(md|markdown|txt)$/i.test(name))
    .sort()
    .map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}
