// The dataset is downloaded and read from the tiny entry module, before React and the app are even
// parsed, so that loading the data overlaps with starting the app. The query takes it over once.
import { fetchDataset } from './fetchDataset.ts';
import type { ReadOutcome } from './readDataset.ts';

let early: { url: string; outcome: Promise<ReadOutcome> } | null = null;

export function startEarlyFetch(url: string): void {
  const outcome = fetchDataset(url);
  // Failures are reported when the query takes the outcome, not as unhandled rejections here.
  outcome.catch(() => undefined);
  early = { url, outcome };
}

export function takeEarlyFetch(url: string): Promise<ReadOutcome> | null {
  if (!early || early.url !== url) return null;
  const { outcome } = early;
  early = null;
  return outcome;
}
