// Records the validator left out: how many, of which kind, and why. The rest is shown.
import type { Problem } from '../../model/validate.ts';
import { summarizeProblems } from './summarizeProblems.ts';

/** `partial`: the problems of the records read so far of a dataset still loading. */
export function ProblemsBanner({ problems, partial = false }: { problems: Problem[]; partial?: boolean }) {
  if (problems.length === 0) return null;
  const lines = summarizeProblems(problems);
  return (
    <div className="banner banner-warn" role="status">
      <details>
        <summary>
          {problems.length.toLocaleString('en')} {problems.length === 1 ? 'record was' : 'records were'} left out{partial ? ' so far' : ''}{' '}
          because they break the dataset’s rules:{' '}
          {lines
            .slice(0, 3)
            .map((l) => l.text)
            .join('; ')}
          {lines.length > 3 ? '; …' : ''}.
        </summary>
        <ul className="problem-list">
          {problems.slice(0, 50).map((p, k) => (
            <li key={k}>
              {p.kind} {p.ref}: {p.reason}
            </li>
          ))}
          {problems.length > 50 && <li>and {problems.length - 50} more</li>}
        </ul>
      </details>
    </div>
  );
}
