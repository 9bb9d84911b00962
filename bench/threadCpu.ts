// The CPU time of each thread of this process, from Linux's /proc (empty elsewhere): what the main
// thread spends while the workers run, apart from theirs and from V8's helper threads.
import fs from 'node:fs';
import { spawn } from 'node:child_process';

export interface ThreadCpu {
  tid: number;
  cpuSeconds: number;
}

const TICKS = 100; // USER_HZ, 100 on every Linux Node runs on

/** Every thread of this process with its CPU time so far; the main thread's tid is the process id. */
export function threadCpu(): ThreadCpu[] {
  let tids: string[];
  try {
    tids = fs.readdirSync('/proc/self/task');
  } catch {
    return [];
  }
  return tids.flatMap((tid) => {
    try {
      const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return [{ tid: Number(tid), cpuSeconds: (Number(fields[11]) + Number(fields[12])) / TICKS }];
    } catch {
      return []; // ended meanwhile
    }
  });
}

/** The main thread's CPU-seconds, or null where threads cannot be read. */
export function mainThreadCpu(): number | null {
  return threadCpu().find((t) => t.tid === process.pid)?.cpuSeconds ?? null;
}

/**
 * Where a run's CPU went, thread by thread, from samples taken every few milliseconds on a thread
 * of its own (the main thread is busy): the main thread; the worker threads started during the
 * run; V8's helper threads (garbage collection, the optimizing compiler), there before the run;
 * and the serial part, the main thread's CPU while no worker used any: before the workers' first
 * work, between, and after their last.
 */
export interface ThreadProfile {
  /** Every thread's CPU-seconds. */
  total: number;
  main: number;
  workers: number[];
  helpers: number;
  serial: { before: number; between: number; after: number };
}

/**
 * The sampler, a process of its own (a thread here would add its own heap to the run's memory):
 * it reads every thread of process `argv[1]` each `argv[2]` ms and, told to stop on its standard
 * input, writes the samples as JSON (after a dot, written once it has read the first).
 */
const SAMPLER = `
const fs = require('node:fs');
const [pid, interval] = process.argv.slice(1).map(Number);
const samples = [];
const read = () => {
  const row = {};
  let tids = [];
  try {
    tids = fs.readdirSync('/proc/' + pid + '/task');
  } catch {}
  for (const tid of tids) {
    try {
      const stat = fs.readFileSync('/proc/' + pid + '/task/' + tid + '/stat', 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      row[tid] = (Number(f[11]) + Number(f[12])) / ${TICKS};
    } catch {}
  }
  samples.push(row);
};
read();
process.stdout.write('.');
const timer = setInterval(read, interval);
process.stdin.once('end', () => process.exit());
process.stdin.once('data', () => {
  clearInterval(timer);
  read();
  process.stdout.write(JSON.stringify(samples));
  process.stdin.destroy();
});
`;

/**
 * Starts sampling every thread's CPU; `stop` ends it and tells where the CPU went since (null where
 * threads cannot be read). A thread started after this call is a worker when it used a tenth of the
 * main thread's CPU or more (libuv's file threads use little).
 */
export async function recordThreads(intervalMs = 50): Promise<{ stop: () => Promise<ThreadProfile | null> }> {
  if (!fs.existsSync(`/proc/${process.pid}/task`)) return { stop: async () => null };
  const before = new Set(threadCpu().map((t) => t.tid));
  const sampler = spawn(process.execPath, ['-e', SAMPLER, String(process.pid), String(intervalMs)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let out = '';
  sampler.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  const exited = new Promise((resolve) => sampler.once('close', resolve));
  // The run starts once the sampler has read the threads as they are before it.
  await new Promise((resolve) => sampler.stdout.once('data', resolve));
  return {
    stop: async () => {
      sampler.stdin.write('stop\n');
      await exited;
      return profileOf(JSON.parse(out.slice(1)) as Record<string, number>[], { main: process.pid, before });
    },
  };
}

/**
 * Where the CPU went, from cumulative CPU-seconds by thread id, sample by sample: `main` is the main
 * thread, `before` the threads there before the run (V8's helpers).
 */
export function profileOf(
  samples: readonly Record<string, number>[],
  threads: { main: number; before: ReadonlySet<number> },
): ThreadProfile {
  const { before } = threads;
  const first = samples[0] ?? {};
  // Each thread's last CPU time seen: a worker has ended before the last sample.
  const last: Record<string, number> = {};
  for (const row of samples) Object.assign(last, row);
  const used = (tid: string) => (last[tid] ?? 0) - (first[tid] ?? 0);
  const main = String(threads.main);
  const tids = Object.keys(last).filter((tid) => tid !== main);
  const workers = tids.filter((tid) => !before.has(Number(tid)) && used(tid) >= used(main) / 10);
  const helpers = tids.filter((tid) => before.has(Number(tid)));
  // The main thread's CPU in each interval, and whether any worker used CPU in it.
  const steps = samples.slice(1).map((row, i) => {
    const prev = samples[i]!;
    // A thread started since the sample before counts from nothing; one ended since has used nothing more.
    const delta = (tid: string) => (row[tid] === undefined ? 0 : row[tid] - (prev[tid] ?? 0));
    return { main: delta(main), working: workers.some((tid) => delta(tid) > 0) };
  });
  const firstWork = steps.findIndex((s) => s.working);
  const lastWork = steps.findLastIndex((s) => s.working);
  const serial = { before: 0, between: 0, after: 0 };
  steps.forEach((s, i) => {
    if (s.working) return;
    if (firstWork < 0 || i > lastWork) serial.after += s.main;
    else if (i < firstWork) serial.before += s.main;
    else serial.between += s.main;
  });
  return {
    total: tids.reduce((n, tid) => n + used(tid), used(main)),
    main: used(main),
    workers: workers.map(used),
    helpers: helpers.reduce((n, tid) => n + used(tid), 0),
    serial,
  };
}
