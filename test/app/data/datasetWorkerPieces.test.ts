// @vitest-environment jsdom
// The reader's worker given the download a piece at a time by the page (where a stream cannot be
// handed to a worker), and its last answer, the search text, when packing it fails.
import { afterEach, describe, expect, it, vi } from 'vitest';

/** What the worker asked of its reader, in order. */
const calls: string[] = [];

vi.mock('../../../src/app/data/readDataset.ts', () => ({
  datasetReader: () => ({
    push: () => void calls.push('push'),
    caughtUp: async () => {
      calls.push('caughtUp');
      await new Promise((resolve) => setTimeout(resolve, 0));
      calls.push('caughtUp done');
    },
    idle: () => (calls.push('idle'), false),
    finished: async () => ({
      ok: true,
      read: { head: {}, events: {}, problems: [], columns: { searchText: [{ text: 'a ceasefire was signed' }] } },
    }),
  }),
  transferables: () => [],
}));

vi.mock('../../../src/app/search/packSearchText.ts', () => ({
  packSearchText: () => {
    throw new RangeError('Invalid typed array length');
  },
  packedBuffers: () => [],
}));

afterEach(() => vi.restoreAllMocks());

async function worker() {
  const posted: { type: string }[] = [];
  vi.spyOn(self, 'postMessage').mockImplementation((message: unknown) => void posted.push(message as { type: string }));
  await import('../../../src/app/data/datasetWorker.ts');
  const onmessage = (self as unknown as { onmessage: (e: { data: unknown }) => void }).onmessage;
  return { posted, send: (data: unknown) => onmessage({ data }) };
}

describe('the reader worker given pieces by the page', () => {
  it('reads a run its helper holds too long while it waits for the next piece, as it does on a stream', async () => {
    calls.length = 0;
    const { send } = await worker();
    send({ type: 'start', url: '/big/dataset.json', sizeHint: 0 });
    send({ type: 'chunk', chunk: new Uint8Array([123]) });
    await vi.waitFor(() => expect(calls).toContain('idle'));
    expect(calls).toEqual(['push', 'caughtUp', 'caughtUp done', 'idle']);
  });

  it('answers that the search text is to be made by the page when it cannot pack it, so a search in the address gets its count', async () => {
    const { posted, send } = await worker();
    send({ type: 'start', url: '/big/dataset.json', sizeHint: 0 });
    send({ type: 'end' });
    await vi.waitFor(() => expect(posted.map((m) => m.type)).toEqual(['done', 'search']));
    expect(posted[1]).toEqual({ type: 'search', search: null });
  });
});
