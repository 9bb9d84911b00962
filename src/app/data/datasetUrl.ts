import { collectionDatasetUrl, collectionParam } from '../collections/collectionUrl.ts';

// Where the dataset lives: data/dataset.json beside the page, or the ?dataset= parameter, so the
// benchmark and tests can point the same build at other data. Documents resolve against it.
// ?collection=ID names a collection kept in this browser instead (collections/collectionUrl.ts).
export function datasetUrl(location: Pick<Location, 'search' | 'href'>, baseURI: string): string {
  const collection = collectionParam(location.search);
  if (collection) return collectionDatasetUrl(collection, baseURI);
  const param = new URLSearchParams(location.search).get('dataset');
  return new URL(param || 'data/dataset.json', param ? location.href : baseURI).href;
}

export function documentUrl(datasetHref: string, docId: string): string {
  return new URL(`documents/${encodeURIComponent(docId)}.json`, datasetHref).href;
}
