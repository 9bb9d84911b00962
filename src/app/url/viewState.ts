// What a shared link carries: the selected event, the filters (each filter reads and writes its own
// parameters, see filters/registry.ts), the search, the visible time window, how many key events
// are labelled, and which view is open. Parsing is lenient: what cannot be read is ignored.
import type { FilterValues } from '../filters/filterDef.ts';
import { EMPTY_FILTERS, FILTERS } from '../filters/registry.ts';
import { DAY, dayMs, isoDay } from '../time/dayMs.ts';

export const MODES = ['timeline', 'lanes', 'documents'] as const;
export const LANE_KINDS = ['actor', 'document', 'source'] as const;
export type Mode = (typeof MODES)[number];
export type LaneKind = (typeof LANE_KINDS)[number];

export interface ViewState {
  event: string | null;
  /** Which piece of the selected event's evidence is open (0-based); absent for the first. */
  passage?: number;
  filters: FilterValues;
  q: string;
  /** Visible window [from, to) in ms, or null for the story's own view. */
  window: [number, number] | null;
  /** How many of the best supported events are labelled; null for the default. */
  keys: number | null;
  mode: Mode;
  /** What one row of the lanes view stands for. */
  by: LaneKind;
  /** The document open in the documents view. */
  read: string | null;
}

export const EMPTY_VIEW: ViewState = {
  event: null,
  filters: EMPTY_FILTERS,
  q: '',
  window: null,
  keys: null,
  mode: 'timeline',
  by: 'actor',
  read: null,
};

/** Every URL parameter that is view state (the rest, such as ?dataset=, belongs to the page). */
export const VIEW_PARAMS = ['event', 'passage', 'q', 'from', 'to', 'keys', 'view', 'by', 'read', ...FILTERS.flatMap((f) => f.params)];
const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function parseView(search: string): ViewState {
  const params = new URLSearchParams(search);
  const from = params.get('from');
  const to = params.get('to');
  let window: [number, number] | null = null;
  if (from && to && ISO.test(from) && ISO.test(to)) {
    const range: [number, number] = [dayMs(from), dayMs(to)];
    if (range[0] < range[1]) window = range;
  }
  const passage = Number(params.get('passage'));
  const keys = Number(params.get('keys'));
  return {
    event: params.get('event') || null,
    passage: Number.isInteger(passage) && passage > 0 ? passage : undefined,
    filters: Object.fromEntries(FILTERS.map((f) => [f.key, f.parse(params)])),
    q: params.get('q') ?? '',
    window,
    keys: params.has('keys') && Number.isInteger(keys) && keys >= 0 ? Math.min(keys, 500) : null,
    mode: oneOf(MODES, params.get('view')) ?? 'timeline',
    by: oneOf(LANE_KINDS, params.get('by')) ?? 'actor',
    read: params.get('read') || null,
  };
}

/** The query string for a view, keeping parameters that are not ours (such as ?dataset=). */
export function serializeView(view: ViewState, currentSearch: string): string {
  const params = new URLSearchParams(currentSearch);
  for (const key of VIEW_PARAMS) params.delete(key);
  if (view.event) params.set('event', view.event);
  if (view.event && view.passage) params.set('passage', String(view.passage));
  for (const f of FILTERS) f.write(view.filters[f.key] ?? f.empty, params);
  if (view.q) params.set('q', view.q);
  if (view.window) {
    const from = isoDay(view.window[0]);
    // Days round the window: it never becomes empty (from = to), however short it was.
    const to = isoDay(Math.max(view.window[1], dayMs(from) + DAY));
    params.set('from', from);
    params.set('to', to);
  }
  if (view.keys !== null) params.set('keys', String(view.keys));
  if (view.mode !== 'timeline') params.set('view', view.mode);
  if (view.mode === 'lanes' && view.by !== 'actor') params.set('by', view.by);
  if (view.mode === 'documents' && view.read) params.set('read', view.read);
  const text = params.toString();
  return text ? `?${text}` : '';
}

function oneOf<T extends string>(list: readonly T[], value: string | null): T | null {
  return (list as readonly (string | null)[]).includes(value) ? (value as T) : null;
}

/** Whether two filter values are the same choice: each filter writes the same parameters for both. */
export function sameFilters(a: FilterValues, b: FilterValues): boolean {
  return a === b || filterParams(a) === filterParams(b);
}

function filterParams(values: FilterValues): string {
  const params = new URLSearchParams();
  for (const f of FILTERS) f.write(values[f.key], params);
  return params.toString();
}
