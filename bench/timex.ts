// Throughput of the time-expression stage beside chrono-node's parser on the same texts.
// Each side gets a warm-up pass (JIT, regex compilation), then a few timed rounds, taken in turn;
// the median round is reported, so one garbage-collection pause does not decide the figure. Each
// round is timed on the clock and in the process's CPU-seconds (its garbage collector's threads
// included): on a busy machine the clock also counts the time the thread waited for a core. Both
// are compiled as the extractor runs (compileFlags.mjs: V8's optimizing compiler without inlining).
import '../src/extract/compileFlags.mjs';
import * as chrono from 'chrono-node';
import { analyzeTimes } from '../src/extract/timex/index.ts';
import { splitSentences } from '../src/extract/sentences.ts';

export interface Throughput {
  docsPerSec: number;
  mbPerSec: number;
}

export interface TimexBench {
  /** The stage splitting sentences itself (called without them). */
  ours: Throughput;
  /** The stage as the pipeline runs it: given the sentences of the sentence stage. */
  inPipeline: Throughput;
  chrono: Throughput;
  /** ours.docsPerSec / chrono.docsPerSec: above 1 means this stage is faster. */
  ratio: number;
  /** inPipeline.docsPerSec / chrono.docsPerSec. */
  ratioInPipeline: number;
  /** The same two ratios in CPU-seconds: chrono-node's CPU-seconds over this stage's, per round (median). */
  cpuRatio: number;
  cpuRatioInPipeline: number;
}

const ROUNDS = 5;

/** chrono needs a reference instant: noon UTC of the document date, or a fixed one when undated. */
function referenceDate(dct: string | null): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(dct ?? '');
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12)) : new Date(Date.UTC(2024, 0, 1, 12));
}

interface Round {
  seconds: number;
  cpuSeconds: number;
}

function measure(texts: readonly { text: string; dct: string | null }[], run: (text: string, dct: string | null) => unknown): Round {
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const { text, dct } of texts) run(text, dct);
  const used = process.cpuUsage(cpu);
  return { seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export function benchTimex(texts: { text: string; dct: string | null }[]): TimexBench {
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0) / 1024 / 1024;
  const refs = new Map(texts.map((t) => [t.dct, referenceDate(t.dct)]));
  const sentencesOf = new Map(texts.map((t) => [t.text, splitSentences(t.text)]));
  const runOurs = (text: string, dct: string | null): unknown => analyzeTimes(text, { dct, sentences: [] });
  const runInPipeline = (text: string, dct: string | null): unknown => analyzeTimes(text, { dct, sentences: sentencesOf.get(text)! });
  const runChrono = (text: string, dct: string | null): unknown => chrono.parse(text, refs.get(dct));
  measure(texts, runOurs); // warm-up
  measure(texts, runInPipeline);
  measure(texts, runChrono);
  // Rounds alternate between them, so that a busy machine slows all alike rather than one.
  const ours: Round[] = [];
  const inPipeline: Round[] = [];
  const theirs: Round[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    ours.push(measure(texts, runOurs));
    inPipeline.push(measure(texts, runInPipeline));
    theirs.push(measure(texts, runChrono));
  }
  const rate = (seconds: number): Throughput => ({ docsPerSec: texts.length / seconds, mbPerSec: mb / seconds });
  const wall = (rounds: Round[]) => median(rounds.map((r) => r.seconds));
  const cpu = (rounds: Round[]) => median(rounds.map((r) => r.cpuSeconds));
  const o = rate(wall(ours));
  const p = rate(wall(inPipeline));
  const c = rate(wall(theirs));
  return {
    ours: o,
    inPipeline: p,
    chrono: c,
    ratio: o.docsPerSec / c.docsPerSec,
    ratioInPipeline: p.docsPerSec / c.docsPerSec,
    cpuRatio: cpu(theirs) / cpu(ours),
    cpuRatioInPipeline: cpu(theirs) / cpu(inPipeline),
  };
}
