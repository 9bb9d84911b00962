// How long each sample of a V8 CPU profile stands for, the one rule both profile summaries use
// (profile.ts, profileUi.ts): a sample is credited with the time until the next one, as DevTools
// credits it (the last sample, with nothing after it, with the time to the profile's end).
export interface SampledProfile {
  samples: number[];
  timeDeltas: number[];
  endTime?: number;
  startTime: number;
}

/** Calls `credit` with each sample's node id, its time from the profile's start and its duration, in µs. */
export function eachSample(p: SampledProfile, credit: (id: number, at: number, duration: number) => void): void {
  let at = 0;
  p.samples.forEach((id, i) => {
    at += p.timeDeltas[i]!;
    const next = p.timeDeltas[i + 1];
    const duration = next ?? Math.max(0, (p.endTime ?? p.startTime + at) - (p.startTime + at));
    credit(id, at, duration);
  });
}
