// Reports of one event that disagree on its date or on a figure: every version with who gives it,
// shown side by side, not resolved away.
import type { Disagreement } from '../../model/dataset.ts';
import { versionText } from './supportText.ts';

export function Disagreements({ list }: { list: readonly Disagreement[] }) {
  if (list.length === 0) return null;
  return (
    <section className="disagreements" aria-labelledby="disagreements-title">
      <h3 id="disagreements-title" className="section-title">
        Reports disagree
      </h3>
      {list.map((d, k) => (
        <div key={k} className="disagreement">
          <p className="disagreement-field">On the {d.field}:</p>
          <ul className="disagreement-versions">
            {d.versions.map((v, j) => (
              <li key={j}>
                <strong>{versionText(d.field, v.value)}</strong>
                <span className="muted">
                  {' '}
                  — {v.sources.length ? v.sources.join(', ') : `${v.docIds.length} ${v.docIds.length === 1 ? 'document' : 'documents'}`}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
