// What the filters leave out, in one line, with one click to clear them.
export interface FilterSummaryProps {
  shown: number;
  total: number;
  active: boolean;
  onClear: () => void;
  /** The dataset is still loading: the counts are of the events read so far. */
  soFar?: boolean;
}

export function FilterSummary({ shown, total, active, onClear, soFar = false }: FilterSummaryProps) {
  const hidden = total - shown;
  return (
    <div className="filter-summary" role="status">
      <span>
        Showing <strong>{shown.toLocaleString('en')}</strong> of {total.toLocaleString('en')} events{soFar && ' read so far'}
        {hidden > 0 && <span className="hidden-count"> · {hidden.toLocaleString('en')} hidden by filters</span>}
      </span>
      {active && (
        <button type="button" className="text-button" onClick={onClear}>
          Clear filters
        </button>
      )}
    </div>
  );
}
