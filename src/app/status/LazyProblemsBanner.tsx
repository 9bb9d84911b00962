// The banner on records left out (ProblemsBanner.tsx), loaded only for a dataset that has any.
import { lazy, Suspense } from 'react';
import type { Problem } from '../../model/validate.ts';

const ProblemsBanner = lazy(() => import('./notices.ts').then((m) => ({ default: m.ProblemsBanner })));

export function LazyProblemsBanner({ problems, partial = false }: { problems: Problem[]; partial?: boolean }) {
  if (problems.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <ProblemsBanner problems={problems} partial={partial} />
    </Suspense>
  );
}
