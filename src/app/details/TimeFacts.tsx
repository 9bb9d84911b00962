// When an event happened, as precisely as the text says, and how each date was obtained.
import type { EventTime, TimeBound } from '../../model/dataset.ts';
import { formatBound, formatEventTime } from '../time/formatEventTime.ts';
import { describeAnchor, precisionNotes } from '../time/describePrecision.ts';

function boundLine(label: string, bound: TimeBound) {
  return (
    <li>
      {label}: {formatBound(bound)}{' '}
      <span className="muted">
        ({bound.granularity}, {describeAnchor(bound.anchor)})
      </span>
    </li>
  );
}

export function TimeFacts({ time }: { time: EventTime | null }) {
  if (!time) return <p className="muted">No date in the text. The event is part of the story but cannot be placed in time.</p>;
  const interval = time.interval;
  return (
    <>
      <p className="time-main">{formatEventTime(time)}</p>
      <p className="chips">
        {precisionNotes(time).map((note) => (
          <span key={note} className={`chip${note === 'date inferred' ? ' chip-warn' : ''}`}>
            {note}
          </span>
        ))}
      </p>
      {interval ? (
        <ul className="plain-list small">
          {interval.from ? boundLine('From', interval.from) : <li>From: not given</li>}
          {interval.to ? boundLine('To', interval.to) : <li>To: open, no end is known</li>}
        </ul>
      ) : (
        <p className="small muted">
          Anchored: {describeAnchor(time.anchor)}
          {time.mod ? ` · qualifier ${time.mod.toLowerCase()}` : ''}
        </p>
      )}
    </>
  );
}
