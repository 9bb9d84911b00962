// THE OVERLAP RULE: among candidates that share characters, the longest wins; on equal length the
// one from the earlier rule in rules.ts; then the earlier start. Losers are dropped whole, never
// trimmed, so every kept span is one a matcher produced.
import type { Candidate } from './spec.ts';

const better = (a: Candidate, b: Candidate): number => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start;

export function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  // Work cluster by cluster (a run of transitively overlapping candidates), so the cost stays
  // proportional to the number of candidates however long the text.
  let i = 0;
  while (i < sorted.length) {
    let j = i + 1;
    let reach = sorted[i]!.end;
    while (j < sorted.length && sorted[j]!.start < reach) reach = Math.max(reach, sorted[j++]!.end);
    const cluster = sorted.slice(i, j).sort(better);
    const chosen: Candidate[] = [];
    for (const c of cluster) if (chosen.every((k) => c.end <= k.start || k.end <= c.start)) chosen.push(c);
    kept.push(...chosen.sort((a, b) => a.start - b.start));
    i = j;
  }
  return kept;
}
