// A link that opens one event in the app, from the app's address without view state (url/appBase.ts).
// No imports: the exporters, loaded on demand, share this file with the page, and anything it
// imported would move into a chunk the page must load first.

/** A link that opens one event, and with `passage` its k-th piece of evidence (0-based). */
export function eventLink(base: string, eventId: string, passage?: number): string {
  const url = new URL(base);
  url.searchParams.set('event', eventId);
  if (passage !== undefined && passage > 0) url.searchParams.set('passage', String(passage));
  return url.href;
}
