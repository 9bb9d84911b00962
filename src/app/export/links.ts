// Links into the app: the page's own address keeps only what is not view state (such as
// ?dataset=), then names the event and, for a passage, which piece of evidence to open.
import { VIEW_PARAMS } from '../url/viewState.ts';

const VIEW_KEYS = [...VIEW_PARAMS, 'embed'];

/** The app's address without any view state: `https://host/app/?dataset=…`. */
export function appBase(href: string): string {
  const url = new URL(href);
  for (const key of VIEW_KEYS) url.searchParams.delete(key);
  url.hash = '';
  return url.href;
}

/** A link that opens one event, and with `passage` its k-th piece of evidence (0-based). */
export function eventLink(base: string, eventId: string, passage?: number): string {
  const url = new URL(base);
  url.searchParams.set('event', eventId);
  if (passage !== undefined && passage > 0) url.searchParams.set('passage', String(passage));
  return url.href;
}
