// What a shared link carries: the selected event, the filters, the search and the visible time
// window. Parsing is lenient: an unknown certainty or a malformed date is ignored, not fatal.
import { CERTAINTIES } from '../../model/dataset.ts';
import type { Certainty } from '../../model/dataset.ts';
import { dayMs, isoDay } from '../time/dayMs.ts';

export interface ViewState {
  event: string | null;
  /** Which piece of the selected event's evidence is open (0-based); absent for the first. */
  passage?: number;
  actors: string[];
  certainty: Certainty[];
  docs: string[];
  q: string;
  /** Visible window [from, to) in ms, or null for "fit everything". */
  window: [number, number] | null;
}

export const EMPTY_VIEW: ViewState = { event: null, actors: [], certainty: [], docs: [], q: '', window: null };

const OWN = ['event', 'passage', 'actor', 'certainty', 'doc', 'q', 'from', 'to'];
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
  return {
    event: params.get('event') || null,
    passage: Number.isInteger(passage) && passage > 0 ? passage : undefined,
    actors: unique(params.getAll('actor')),
    certainty: unique(params.getAll('certainty')).filter((c): c is Certainty => (CERTAINTIES as readonly string[]).includes(c)),
    docs: unique(params.getAll('doc')),
    q: params.get('q') ?? '',
    window,
  };
}

/** The query string for a view, keeping parameters that are not ours (such as ?dataset=). */
export function serializeView(view: ViewState, currentSearch: string): string {
  const params = new URLSearchParams(currentSearch);
  for (const key of OWN) params.delete(key);
  if (view.event) params.set('event', view.event);
  if (view.event && view.passage) params.set('passage', String(view.passage));
  for (const a of view.actors) params.append('actor', a);
  for (const c of view.certainty) params.append('certainty', c);
  for (const d of view.docs) params.append('doc', d);
  if (view.q) params.set('q', view.q);
  if (view.window) {
    params.set('from', isoDay(view.window[0]));
    params.set('to', isoDay(view.window[1]));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}
