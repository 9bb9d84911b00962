// Search over event titles and passages. Typing replaces the URL entry rather than pushing one per
// keystroke.
import { useId } from 'react';

export function SearchBox({ value, count, onChange }: { value: string; count: number | null; onChange: (q: string) => void }) {
  const id = useId();
  return (
    <div className="search" role="search">
      <label htmlFor={id} className="visually-hidden">
        Search events and passages
      </label>
      <input
        id={id}
        className="input search-input"
        type="search"
        placeholder="Search events and passages…"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={`${id}-count`}
      />
      <span id={`${id}-count`} className="search-count" aria-live="polite">
        {count === null ? '' : `${count.toLocaleString('en')} ${count === 1 ? 'match' : 'matches'}`}
      </span>
    </div>
  );
}
