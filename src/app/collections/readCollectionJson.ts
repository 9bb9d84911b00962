// The JSON a collection URL stands for (collectionUrl.ts), read from this browser's storage.
import { LoadError } from '../data/LoadError.ts';
import { collectionFile } from './collectionUrl.ts';
import { readCollectionDataset, readCollectionDocument } from './store.ts';

export async function readCollectionJson(url: string): Promise<unknown> {
  const file = collectionFile(url);
  if (!file) throw new LoadError('missing', url, `There is no collection at ${url}.`);
  const value = file.docId === null ? await readCollectionDataset(file.id) : await readCollectionDocument(file.id, file.docId);
  if (value === undefined)
    throw new LoadError(
      'missing',
      url,
      'This collection is not stored in this browser (it was deleted, or built in another browser). Drop the documents on the page to build it again.',
    );
  return value;
}
