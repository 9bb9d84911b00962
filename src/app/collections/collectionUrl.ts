// A collection kept in the browser is addressed like a dataset on the server, so that the views
// and queries need not know the difference: ?collection=ID gives a dataset URL under a reserved
// path beside the page, and its documents resolve beside it as on a server. Those URLs are never
// fetched: fetchJson reads them from IndexedDB (readCollectionJson.ts).
const RESERVED = '__collections__/';
const LOCAL = /\/__collections__\/([^/]+)\/(?:dataset\.json|documents\/([^/]+)\.json)$/;

export function collectionParam(search: string): string | null {
  return new URLSearchParams(search).get('collection');
}

export function collectionDatasetUrl(id: string, baseURI: string): string {
  return new URL(`${RESERVED}${encodeURIComponent(id)}/dataset.json`, baseURI).href;
}

/** The collection and document (null for the dataset itself) a URL stands for, or null. */
export function collectionFile(url: string): { id: string; docId: string | null } | null {
  const match = LOCAL.exec(new URL(url).pathname);
  if (!match) return null;
  return { id: decodeURIComponent(match[1]!), docId: match[2] === undefined ? null : decodeURIComponent(match[2]) };
}

export function isCollectionUrl(url: string): boolean {
  return collectionFile(url) !== null;
}
