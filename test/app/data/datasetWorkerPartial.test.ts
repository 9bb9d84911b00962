// @vitest-environment jsdom
// The reader's worker on a large download: once a first part of the events is read, it sends them
// (a `partial` reply) for a first picture, then the whole as before; a small file is sent whole only.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HELPED } from '../../../src/app/data/readDataset.ts';
import type { WorkerReply } from '../../../src/app/data/datasetWorker.ts';
import { splitYearDataset } from '../fixtures/partial.ts';

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
});

/**
 * What the worker answers when the file comes in two pieces, the reading made to take seconds; the
 * page says it has drawn the first part (`resume`) once `drawn` settles.
 */
async function readInTwo(
  file: Uint8Array,
  drawn: () => Promise<void> = () => Promise.resolve(),
  size: { sizeHint: number; size: number } = { sizeHint: file.length, size: file.length },
): Promise<WorkerReply[]> {
  const posted: WorkerReply[] = [];
  vi.spyOn(self, 'postMessage').mockImplementation((message: unknown) => {
    posted.push(message as WorkerReply);
    if ((message as WorkerReply).type === 'partial') void drawn().then(() => onmessage({ data: { type: 'resume' } }));
  });
  // Each look at the clock finds a second more gone: the first part is due as soon as events are read.
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (now += 1000));
  await import('../../../src/app/data/datasetWorker.ts');
  const onmessage = (self as unknown as { onmessage: (e: { data: unknown }) => void }).onmessage;
  onmessage({ data: { type: 'start', url: '/big/dataset.json', ...size } });
  const cut = Math.floor(file.length * 0.4);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(file.slice(0, cut));
      controller.enqueue(file.slice(cut));
      controller.close();
    },
  });
  onmessage({ data: { type: 'stream', stream, total: file.length } });
  await vi.waitFor(() => expect(posted.some((m) => m.type === 'downloaded')).toBe(true));
  onmessage({ data: { type: 'end' } });
  await vi.waitFor(() => expect(posted.some((m) => m.type === 'search')).toBe(true));
  return posted;
}

describe('the first part of a large dataset', () => {
  it('is sent once, before the whole, with the events read so far', async () => {
    const dataset = splitYearDataset(9_000, 1_000);
    const file = new TextEncoder().encode(JSON.stringify(dataset));
    expect(file.length).toBeGreaterThan(HELPED);
    const posted = await readInTwo(file);
    const types = posted.map((m) => m.type).filter((t) => t === 'partial' || t === 'done');
    expect(types).toEqual(['partial', 'done']);
    const partial = posted.find((m) => m.type === 'partial')!;
    const done = posted.find((m) => m.type === 'done')!;
    if (partial.type !== 'partial' || done.type !== 'done' || !done.outcome.ok) throw new Error('no outcome');
    const part = partial.read.columns.start.length;
    expect(part).toBeGreaterThan(0);
    expect(part).toBeLessThan(10_000);
    expect(done.outcome.read.columns.start.length).toBe(10_000);
    expect(Array.from(partial.read.columns.start)).toEqual(Array.from(done.outcome.read.columns.start.subarray(0, part)));
  });

  it('holds the reading of the rest until the page has drawn it', async () => {
    const file = new TextEncoder().encode(JSON.stringify(splitYearDataset(9_000, 1_000)));
    let draw = () => undefined as void;
    const drawn = new Promise<void>((resolve) => (draw = resolve));
    let posted: WorkerReply[] = [];
    const reading = readInTwo(file, async () => {
      // Several turns of the worker's loop go by: the rest is not read meanwhile.
      for (let k = 0; k < 20; k++) await new Promise((resolve) => setTimeout(resolve, 0));
      posted = (self.postMessage as unknown as { mock: { calls: [WorkerReply][] } }).mock.calls.map(([m]) => m);
      draw();
    });
    await drawn;
    expect(posted.map((m) => m.type).filter((t) => t === 'partial' || t === 'downloaded' || t === 'done')).toEqual(['partial']);
    const all = await reading;
    expect(all.find((m) => m.type === 'done')).toBeDefined();
  });

  it('is sent when only a compressed length is known, however much smaller than the file', async () => {
    const file = new TextEncoder().encode(JSON.stringify(splitYearDataset(9_000, 1_000)));
    const posted = await readInTwo(file, undefined, { sizeHint: Math.floor(file.length / 8), size: 0 });
    const partial = posted.find((m) => m.type === 'partial');
    if (partial?.type !== 'partial') throw new Error('no partial');
    expect(partial.read.columns.start.length).toBeGreaterThan(0);
    expect(partial.read.columns.start.length).toBeLessThan(10_000);
  });

  it('is not sent for a small file, read whole in a moment', async () => {
    const file = new TextEncoder().encode(JSON.stringify(splitYearDataset(1_200, 300)));
    expect(file.length).toBeLessThan(HELPED);
    const posted = await readInTwo(file);
    expect(posted.map((m) => m.type)).not.toContain('partial');
    expect(posted.map((m) => m.type)).toContain('done');
  });
});
