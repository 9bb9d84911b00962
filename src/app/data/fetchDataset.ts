// A dataset file downloaded and read: each piece of the body goes to the reader (a Web Worker) as
// it arrives (the body's stream itself, where the browser can hand one to a worker), so that
// reading overlaps the download, with the progress of both told to the loading screen
// (loadProgress.ts).
import { fetchChecked } from './fetchJson.ts';
import { LoadError } from './LoadError.ts';
import { loadProgress } from './loadProgress.ts';
import { readOffThread } from './readOffThread.ts';
import { partialRead } from './partialRead.ts';
import { dropReaderWorker, warmReaderWorker } from './readerWorker.ts';
import type { OffThreadReader } from './readOffThread.ts';
import type { ReadOutcome } from './readDataset.ts';
import { isCollectionUrl } from '../collections/collectionUrl.ts';

/**
 * The bytes the body will give, 0 when unknown: a compressed response's length is the compressed
 * one, so its size once unpacked is known only when the server says it (precompressedPlugin.ts).
 */
export function decodedLength(headers: Headers): number {
  const length = headers.get(headers.get('content-encoding') ? 'x-decoded-length' : 'content-length');
  return Number(length) || 0;
}

async function download(response: Response, reader: OffThreadReader): Promise<void> {
  const total = decodedLength(response.headers);
  if (!response.body) return reader.push(new Uint8Array(await response.arrayBuffer()));
  // The reader takes the stream itself where it can: the page then does nothing per piece.
  const read = reader.stream(response.body, total, (fraction) => loadProgress.set({ phase: 'download', fraction }));
  if (read) return read;
  const body = response.body.getReader();
  let received = 0;
  for (;;) {
    const { done, value } = await body.read();
    if (done) break;
    received += value.length;
    reader.push(value);
    loadProgress.set({ phase: 'download', fraction: total ? Math.min(1, received / total) : null });
  }
}

/** Throws a LoadError when the file cannot be downloaded; a file that cannot be read is an outcome. */
export async function fetchDataset(url: string): Promise<ReadOutcome> {
  let reader: OffThreadReader;
  // A collection kept in this browser is read from its storage, never from the network.
  if (isCollectionUrl(url)) {
    // Read before the worker starts: a collection that is gone leaves no worker behind.
    // The browser's storage (idb-keyval) loads only for a collection, never before a served dataset.
    const { readCollectionJson } = await import('../collections/readCollectionJson.ts');
    const json = JSON.stringify(await readCollectionJson(url));
    const bytes = new TextEncoder().encode(json);
    reader = readOffThread(url, 0, (read) => (partialRead.set(url, read), partialRead.drawn()), bytes.length);
    reader.push(bytes);
  } else {
    warmReaderWorker();
    let response: Response;
    try {
      response = await fetchChecked(url, 'dataset');
    } catch (error) {
      dropReaderWorker();
      throw error;
    }
    performance.mark?.('dataset-response');
    // Without it, a compressed response's own length is a start for the room the bytes take.
    const size = decodedLength(response.headers);
    const hint = size || Number(response.headers.get('content-length')) || 0;
    // The events read so far of a large file are drawn while the rest is read (partialRead.ts):
    // only a size that is the file's own says how close the whole is.
    reader = readOffThread(url, hint, (read) => (partialRead.set(url, read), partialRead.drawn()), size);
    try {
      await download(response, reader);
    } catch (error) {
      reader.cancel();
      // The same words whether the page or the reader was reading the body when it broke off.
      throw new LoadError('network', url, `The dataset at ${url} could not be downloaded whole (${(error as Error).message || String(error)}).`);
    }
  }
  loadProgress.set({ phase: 'read', fraction: 0 });
  return reader.finish((fraction) => loadProgress.set({ phase: 'read', fraction }));
}
