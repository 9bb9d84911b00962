// Collections built from dropped files, kept in this browser's IndexedDB (through idb-keyval):
// a list of summaries, each collection's dataset, and each document's text under its own key so
// that opening one event reads one document. The dataset is kept as dataset.json holds it (lean.ts),
// read like any other through validateDataset; one stored by an earlier version is read the same way.
import { createStore, del, delMany, get, getMany, setMany, update } from 'idb-keyval';
import type { DocumentText } from '../../model/dataset.ts';
import type { DatasetFile } from '../../model/lean.ts';

export interface CollectionSummary {
  id: string;
  name: string;
  /** ISO time it was built. */
  created: string;
  documents: number;
  events: number;
}

const store = () => createStore('timeline-explorer', 'collections');
const LIST = 'list';
const datasetKey = (id: string) => `${id}/dataset`;
const documentKey = (id: string, docId: string) => `${id}/documents/${docId}`;

export async function listCollections(): Promise<CollectionSummary[]> {
  return (await get<CollectionSummary[]>(LIST, store())) ?? [];
}

export async function saveCollection(name: string, dataset: DatasetFile, texts: readonly DocumentText[]): Promise<CollectionSummary> {
  const summary: CollectionSummary = {
    id: `c${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`,
    name,
    created: new Date().toISOString(),
    documents: dataset.documents.length,
    events: dataset.events.length,
  };
  await setMany(
    [[datasetKey(summary.id), dataset], ...texts.map((t) => [documentKey(summary.id, t.id), t] as [string, DocumentText])],
    store(),
  );
  await update<CollectionSummary[]>(LIST, (list = []) => [summary, ...list], store());
  return summary;
}

export async function renameCollection(id: string, name: string): Promise<void> {
  await update<CollectionSummary[]>(LIST, (list = []) => list.map((c) => (c.id === id ? { ...c, name } : c)), store());
}

export async function deleteCollection(id: string): Promise<void> {
  const dataset = await get<DatasetFile>(datasetKey(id), store());
  await update<CollectionSummary[]>(LIST, (list = []) => list.filter((c) => c.id !== id), store());
  await delMany(
    (dataset?.documents ?? []).map((d) => documentKey(id, d.id)),
    store(),
  );
  await del(datasetKey(id), store());
}

export async function readCollectionDataset(id: string): Promise<DatasetFile | undefined> {
  return get<DatasetFile>(datasetKey(id), store());
}

export async function readCollectionDocument(id: string, docId: string): Promise<DocumentText | undefined> {
  return get<DocumentText>(documentKey(id, docId), store());
}

/** The dataset and every document's text, for an export. */
export async function readCollection(id: string): Promise<{ dataset: DatasetFile; texts: DocumentText[] } | null> {
  const dataset = await readCollectionDataset(id);
  if (!dataset) return null;
  const texts = await getMany<DocumentText>(
    dataset.documents.map((d) => documentKey(id, d.id)),
    store(),
  );
  return { dataset, texts: texts.filter((t): t is DocumentText => t !== undefined) };
}
