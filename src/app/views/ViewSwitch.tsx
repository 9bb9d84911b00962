// Which view of the events the main column shows: the timeline, one row per actor (or document, or
// source), or the documents themselves.
import type { Mode } from '../url/viewState.ts';

const LABELS: Record<Mode, string> = { timeline: 'Timeline', lanes: 'Lanes', documents: 'Documents' };

export function ViewSwitch({ mode, onChange }: { mode: Mode; onChange: (mode: Mode) => void }) {
  return (
    <div className="view-switch" role="group" aria-label="View">
      {(Object.keys(LABELS) as Mode[]).map((m) => (
        <button
          key={m}
          type="button"
          className={`view-button${m === mode ? ' is-current' : ''}`}
          aria-pressed={m === mode}
          onClick={() => onChange(m)}
        >
          {LABELS[m]}
        </button>
      ))}
    </div>
  );
}
