// The CPU time of each thread of this process, from Linux's /proc (empty elsewhere): what the main
// thread spends while the workers run, apart from theirs and from V8's helper threads.
import fs from 'node:fs';

export interface ThreadCpu {
  tid: number;
  cpuSeconds: number;
}

/** Every thread of this process with its CPU time so far; the main thread's tid is the process id. */
export function threadCpu(): ThreadCpu[] {
  let tids: string[];
  try {
    tids = fs.readdirSync('/proc/self/task');
  } catch {
    return [];
  }
  const ticks = 100; // USER_HZ, 100 on every Linux Node runs on
  return tids.flatMap((tid) => {
    try {
      const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return [{ tid: Number(tid), cpuSeconds: (Number(fields[11]) + Number(fields[12])) / ticks }];
    } catch {
      return []; // ended meanwhile
    }
  });
}

/** The main thread's CPU-seconds, or null where threads cannot be read. */
export function mainThreadCpu(): number | null {
  return threadCpu().find((t) => t.tid === process.pid)?.cpuSeconds ?? null;
}
