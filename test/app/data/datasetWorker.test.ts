// @vitest-environment jsdom
// The reader's worker reading a streamed download: a reader that fails on a piece (a file too big to
// hold) is a dataset that could not be read, never a download that broke off, and nothing follows
// that answer: no first part of the events, however long the worker is left running.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PARTIAL_MS } from '../../../src/app/data/partialDue.ts';

// A reader that has counted enough to send a first part (a large file, some events read), then
// fails on the next piece.
const reader = vi.hoisted(() => ({
  received: 64 << 20,
  keptBytes: 1 << 20,
  merged: 1_000,
  soFar: () => null as unknown,
  push: () => {
    throw new RangeError('Array buffer allocation failed');
  },
  finish: () => ({ ok: true }),
}));

vi.mock('../../../src/app/data/readDataset.ts', () => ({
  datasetReader: () => reader,
  transferables: () => [],
  HELPED: 4 << 20,
}));

afterEach(() => vi.restoreAllMocks());

describe('the reader worker on a stream', () => {
  it('answers that the dataset could not be read when its reader fails, not that the download broke off, and sends nothing after', async () => {
    const posted: unknown[] = [];
    vi.spyOn(self, 'postMessage').mockImplementation((message: unknown) => void posted.push(message));
    const soFar = vi.spyOn(reader, 'soFar').mockImplementation(() => ({ columns: {} }));
    await import('../../../src/app/data/datasetWorker.ts');
    const onmessage = (self as unknown as { onmessage: (e: { data: unknown }) => void }).onmessage;
    onmessage({ data: { type: 'start', url: '/big/dataset.json', sizeHint: 0 } });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array([123, 34]));
        controller.close();
      },
    });
    onmessage({ data: { type: 'stream', stream, total: 2 } });
    await vi.waitFor(() => expect(posted).not.toHaveLength(0));
    // Past the moment a first part would be due (a busy machine gets there before the test ends).
    await new Promise((resolve) => setTimeout(resolve, 3 * PARTIAL_MS));
    expect(posted).toEqual([
      {
        type: 'done',
        outcome: { ok: false, kind: 'invalid', message: 'The dataset at /big/dataset.json could not be read (Array buffer allocation failed).' },
      },
    ]);
    expect(soFar).not.toHaveBeenCalled();
  });
});
