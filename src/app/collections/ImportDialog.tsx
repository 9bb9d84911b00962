// The extraction under way (a progress bar and Cancel), or why it failed.
import type { ImportState } from './ImportProvider.tsx';

export function ImportDialog({ state, onCancel, onClose }: { state: ImportState; onCancel: () => void; onClose: () => void }) {
  if (state.status === 'idle') return null;
  const { progress } = state;
  const label = !progress
    ? 'Starting…'
    : progress.phase === 'reading'
      ? `Reading file ${progress.done + 1} of ${progress.total}`
      : `Extracting events: ${progress.done} of ${progress.total} documents`;
  return (
    <div className="modal-backdrop">
      <div className="modal" role="dialog" aria-modal="true" aria-labelledby="import-title">
        {state.status === 'running' ? (
          <>
            <h2 id="import-title">Building a timeline</h2>
            <progress
              className="import-progress"
              aria-label="Extraction progress"
              max={progress?.total || 1}
              value={progress?.phase === 'extracting' ? progress.done : undefined}
            />
            <p aria-live="polite">{label}</p>
            <p className="muted">The files are read in this browser and sent nowhere.</p>
            <button type="button" className="button" onClick={onCancel} autoFocus>
              Cancel
            </button>
          </>
        ) : (
          <>
            <h2 id="import-title">The timeline could not be built</h2>
            <p role="alert">{state.message}</p>
            <button type="button" className="button" onClick={onClose} autoFocus>
              Close
            </button>
          </>
        )}
      </div>
    </div>
  );
}
