// "2 events: unknown actor id; 1 event: evidence offset out of range" from a list of problems.
// Reasons are grouped without their specific ids so that similar problems count together.
import type { Problem } from '../../model/validate.ts';

export interface ProblemLine {
  text: string;
  count: number;
}

export function summarizeProblems(problems: readonly Problem[]): ProblemLine[] {
  const groups = new Map<string, ProblemLine>();
  for (const p of problems) {
    const reason = /^evidence: Too small/.test(p.reason) ? 'no evidence' : p.reason.replace(/ "[^"]*"/g, '').replace(/ in \S+$/, '');
    const key = `${p.kind}\u0000${reason}`;
    const line = groups.get(key) ?? { text: '', count: 0 };
    line.count++;
    line.text = `${line.count} ${p.kind}${line.count === 1 ? '' : 's'} with ${reason}`;
    groups.set(key, line);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}
