// A dataset read in a worker is shown before its search text has come (datasetWorker.ts sends it
// next): a search waits for it rather than say nothing matches, and the text a failed worker never
// sent is made from the events themselves.
import { act, render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildIndex } from '../../../src/app/data/buildIndex.ts';
import { Explorer } from '../../../src/app/Explorer.tsx';
import { readOffThread } from '../../../src/app/data/readOffThread.ts';
import type { DatasetRead } from '../../../src/app/data/readDataset.ts';
import { encodeEvents } from '../../../src/app/data/readDataset.ts';
import { buildColumns } from '../../../src/app/data/eventColumns.ts';
import type { WorkerReply } from '../../../src/app/data/datasetWorker.ts';
import { packSearchText } from '../../../src/app/search/packSearchText.ts';
import { searchTextLater } from '../../../src/app/search/lateSearchText.ts';
import { matchEvents } from '../../../src/app/search/matchEvents.ts';
import { EMPTY_VIEW } from '../../../src/app/url/viewState.ts';
import { seedDataset } from '../fixtures/seed.ts';
import { serveSeed } from '../fixtures/serve.ts';

afterEach(() => vi.unstubAllGlobals());

/** The seed's read as the worker sends it: its search text apart, its own list empty. */
function seedRead(): { read: DatasetRead; search: ReturnType<typeof packSearchText> } {
  const dataset = seedDataset();
  const { events, ...head } = dataset;
  const columns = buildColumns(events, head.actors, head.documents);
  const search = packSearchText(columns.searchText);
  columns.searchText = [];
  return { read: { head, events: encodeEvents(events), problems: [], columns }, search };
}

/** A worker that answers only when the test says so. */
class FakeWorker {
  static last: FakeWorker | null = null;
  onmessage: ((e: { data: WorkerReply }) => void) | null = null;
  onerror: ((e: { preventDefault(): void; message: string }) => void) | null = null;
  terminated = false;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage() {}
  terminate() {
    this.terminated = true;
  }
  reply(data: WorkerReply) {
    this.onmessage?.({ data });
  }
}

describe('the search text of a dataset read in a worker', () => {
  it('comes after the dataset, which is given without waiting for it', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const reader = readOffThread('/d.json');
    const outcome = reader.finish(() => undefined);
    const worker = FakeWorker.last!;
    const { read, search } = seedRead();
    worker.reply({ type: 'done', outcome: { ok: true, read }, searchFollows: true });
    const got = await outcome;
    if (!got.ok) throw new Error(got.message);
    const index = buildIndex({ ...got.read.head, events: seedDataset().events }, [], got.read.columns);
    expect(index.searchText).toEqual([]);
    expect(worker.terminated).toBe(false);
    worker.reply({ type: 'search', search });
    expect(worker.terminated).toBe(true);
    expect(matchEvents(index, 'doha')!.count).toBe(2);
  });

  it('is made from the events when the worker fails before sending it', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const outcome = readOffThread('/d.json').finish(() => undefined);
    const worker = FakeWorker.last!;
    const { read } = seedRead();
    worker.reply({ type: 'done', outcome: { ok: true, read }, searchFollows: true });
    const got = await outcome;
    if (!got.ok) throw new Error(got.message);
    const index = buildIndex({ ...got.read.head, events: seedDataset().events }, [], got.read.columns);
    worker.onerror!({ preventDefault: () => undefined, message: 'out of memory' });
    await vi.waitFor(() => expect(matchEvents(index, 'doha')!.count).toBe(2));
  });

  it('is waited for by a search in the address, which then finds its matches', async () => {
    serveSeed();
    const dataset = seedDataset();
    const index = buildIndex(dataset, []);
    const chunks = index.searchText.splice(0);
    const fill = searchTextLater(index.searchText);
    const href = new URL('data/dataset.json', window.location.href).href;
    render(
      <QueryClientProvider client={new QueryClient()}>
        <Explorer index={index} datasetHref={href} view={{ ...EMPTY_VIEW, q: 'doha' }} update={() => undefined} />
      </QueryClientProvider>,
    );
    expect(await screen.findByRole('listbox', { name: 'Events in time order' })).toBeInTheDocument();
    // Not "0 matches" before the text has come.
    expect(screen.queryByText(/\d+ match/)).toBeNull();
    act(() => fill(chunks));
    expect(await screen.findByText('2 matches')).toBeInTheDocument();
  });
});
