// How many diagnostics of each severity, in words: "1 error, 2 warnings, 3 notes".
import type { Diagnostic, Severity } from '../../model/dataset.ts';

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(diagnostics: readonly Diagnostic[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}

/** What a user calls each severity, one and many. */
export const SEVERITY_WORDS: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['note', 'notes'],
};

export function describeCounts(counts: SeverityCounts): string {
  return (['error', 'warning', 'info'] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => `${counts[s].toLocaleString('en')} ${SEVERITY_WORDS[s][counts[s] === 1 ? 0 : 1]}`)
    .join(', ');
}
