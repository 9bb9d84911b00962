// Search over event titles and passages. Typing replaces the URL entry rather than pushing one per
// keystroke. The results are listed under the box (dates, titles and the passage that matches):
// Down moves into the list, Up and Down through it, Enter or a click selects the event, which the
// timeline then brings into view; Escape closes the list.
import { useId, useRef, useState } from 'react';
import type { DatasetIndex } from '../data/buildIndex.ts';
import { EventList } from '../overflow/EventList.tsx';
import { searchSnippet } from './searchSnippet.ts';
import type { SearchTexts } from './useSearchTexts.ts';

export interface SearchBoxProps {
  value: string;
  count: number | null;
  onChange: (q: string) => void;
  /** Results to list, and what picking one does; without them the box only highlights. */
  index?: DatasetIndex;
  results?: readonly number[];
  /** The document texts passages are searched in, and how many are still arriving. */
  texts?: SearchTexts;
  /** The dataset is still loading: the search answers once all of it is in, not from a part. */
  waiting?: boolean;
  selected?: number;
  onPick?: (i: number) => void;
}

const SHOWN = 50;
const NO_TEXTS = new Map<string, string>();

/** What the results do not cover (yet): documents still loading, too large to fetch, or unreadable. */
function SearchScope({ texts }: { texts: SearchTexts }) {
  if (!texts.complete) return <p className="muted small search-scope">Titles only: the documents are too large to fetch for a search.</p>;
  if (texts.pending > 0)
    return <p className="muted small search-scope">Searching passages: {texts.pending.toLocaleString('en')} documents still loading…</p>;
  const unread = texts.failed.size + texts.mismatched.size;
  if (unread > 0)
    return (
      <p className="muted small search-scope">
        Titles only for {unread.toLocaleString('en')} {unread === 1 ? 'document' : 'documents'}: {unread === 1 ? 'its' : 'their'} text could
        not be loaded or is not the one the events were extracted from.
      </p>
    );
  return null;
}

export function SearchBox({ value, count, onChange, index, results, texts, waiting = false, selected = -1, onPick }: SearchBoxProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const listable = index && results && onPick && value.trim() !== '';
  const shown = open && listable;
  const focusFirst = () => box.current?.querySelector<HTMLButtonElement>('.search-results button.event-pick')?.focus();
  return (
    <div
      ref={box}
      className="search"
      role="search"
      onFocus={() => setOpen(true)}
      onBlur={(e) => {
        if (!box.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !shown) return;
        e.stopPropagation();
        setOpen(false);
        box.current?.querySelector('input')?.focus();
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        Search events and passages
      </label>
      <input
        id={id}
        className="input search-input"
        type="search"
        placeholder="Search events and passages…"
        value={value}
        onChange={(e) => {
          setOpen(true);
          onChange(e.target.value);
        }}
        onKeyDown={(e) => {
          if (!listable) return;
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            requestAnimationFrame(focusFirst);
          } else if (e.key === 'Enter' && results.length > 0) {
            e.preventDefault();
            setOpen(false);
            onPick(results[0]!);
          }
        }}
        aria-describedby={`${id}-count`}
        aria-controls={shown ? `${id}-results` : undefined}
      />
      <span id={`${id}-count`} className="search-count" aria-live="polite">
        {waiting && value.trim() !== ''
          ? 'Searching once loaded…'
          : count === null
            ? ''
            : `${count.toLocaleString('en')} ${count === 1 ? 'match' : 'matches'}`}
      </span>
      {shown && (
        <div id={`${id}-results`} className="search-results">
          {texts && <SearchScope texts={texts} />}
          {waiting ? (
            <p className="muted small search-none">The search answers once the whole dataset has loaded.</p>
          ) : results.length === 0 ? (
            <p className="muted small search-none">No event or passage matches.</p>
          ) : (
            <EventList
              index={index}
              items={results.slice(0, SHOWN)}
              selected={selected}
              label="Search results"
              onPick={(i) => {
                setOpen(false);
                onPick(i);
              }}
              detail={(i) =>
                searchSnippet(index.events[i]!, value, texts?.texts ?? NO_TEXTS)?.map((p, k) =>
                  p.match ? <mark key={k}>{p.text}</mark> : <span key={k}>{p.text}</span>,
                )
              }
            />
          )}
          {results.length > SHOWN && (
            <p className="muted small search-more">{(results.length - SHOWN).toLocaleString('en')} more: refine the search to see them.</p>
          )}
        </div>
      )}
    </div>
  );
}
