// How many key events (the best supported) are labelled on the timeline whatever the zoom.
import { useId } from 'react';

export function KeyEventsControl({ value, available, onChange }: { value: number; available: number; onChange: (n: number) => void }) {
  const id = useId();
  return (
    <div className="key-events">
      <label htmlFor={id}>Key events</label>
      <input
        id={id}
        className="input"
        type="number"
        min={0}
        max={500}
        step={1}
        value={value}
        aria-describedby={`${id}-note`}
        onChange={(e) => {
          const n = Math.round(Number(e.target.value));
          if (e.target.value !== '' && Number.isFinite(n)) onChange(Math.max(0, Math.min(500, n)));
        }}
      />
      <span id={`${id}-note`} className="muted small">
        {available > 0
          ? `${available} labelled: the events told by the most documents and sources`
          : 'none stands out: no event is better supported than the others'}
      </span>
    </div>
  );
}
