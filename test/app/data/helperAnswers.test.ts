import { describe, expect, it, vi } from 'vitest';
import type * as PartModule from '../../../src/app/data/readPart.ts';
import type { PartContext, PartRequest, PartResult } from '../../../src/app/data/readPart.ts';
import type { PartHelper, ReadOutcome } from '../../../src/app/data/readDataset.ts';
import type { Dataset } from '../../../src/model/dataset.ts';
import { seedDataset } from '../fixtures/seed.ts';

/** The runs (by their first event) the reading worker read itself, whether or not the helper had them. */
const readHere = new Set<number>();
vi.mock('../../../src/app/data/readPart.ts', async (original) => {
  const actual = await original<typeof PartModule>();
  return {
    ...actual,
    // The reading worker gives its decoder; the stand-in helper below reads with two arguments.
    readPart: (...args: Parameters<typeof actual.readPart>) => {
      if (args.length > 2) readHere.add(args[1].from);
      return actual.readPart(...args);
    },
  };
});

const { datasetReader, readDataset } = await import('../../../src/app/data/readDataset.ts');
const real = await vi.importActual<typeof PartModule>('../../../src/app/data/readPart.ts');

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const turn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function manyEvents(n: number): Dataset {
  const dataset = seedDataset();
  const seed = dataset.events;
  dataset.events = Array.from({ length: n }, (_, k) => ({ ...structuredClone(seed[k % seed.length]!), id: `copy-${k}` }));
  return dataset;
}

/** The text the timeline searches, of every event in order (titles, lower case). */
function searched(outcome: ReadOutcome): string {
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.read.columns.searchText.map((s) => s.text).join('\n');
}
const count = (text: string, word: string) => text.split(word).length - 1;

/**
 * A helper that answers a run only at one of its pauses, with its titles marked by `mark`, when
 * `ready(from)` says so: how a helper that falls behind, or that wakes up late, answers.
 */
function answering(ready: (from: number) => boolean, mark: (title: string) => string) {
  let context: PartContext | null = null;
  const waiting = new Map<number, { request: PartRequest; at: PartContext | null; answer: (r: PartResult | null) => void }>();
  const helper: PartHelper & { answered: number } = {
    answered: 0,
    head: (head) => void (context = real.partContext(structuredClone(head), '/d.json')),
    read: (request) =>
      new Promise((answer) => waiting.set(request.from, { request: structuredClone(request), at: context, answer })),
    async pause() {
      await turn();
      for (const [from, { request, at, answer }] of [...waiting]) {
        if (!ready(from)) continue;
        waiting.delete(from);
        const result = real.readPart(at!, request);
        helper.answered++;
        answer({ ...result, columns: { ...result.columns!, texts: result.columns!.texts.map(mark) } });
      }
    },
  };
  return helper;
}

describe('the answers of a second reading worker that falls behind', () => {
  it('are left out for a run the reading worker has read itself meanwhile', async () => {
    readHere.clear();
    const file = bytes(manyEvents(30_003));
    // Silent on each run until the reading worker has read it itself; then it answers, wrongly.
    const helper = answering((from) => readHere.has(from), () => 'wrongly read');
    const reader = datasetReader('/d.json', file.length, () => helper);
    reader.push(file);
    await reader.caughtUp();
    const got = searched(await reader.finished());
    expect(helper.answered).toBeGreaterThan(0);
    expect(count(got, 'wrongly read')).toBe(0);
    expect(got === searched(readDataset(file, '/d.json'))).toBe(true);
  });

  it('are used when they come in time: a helper that keeps up reads most of the events', async () => {
    readHere.clear();
    const file = bytes(manyEvents(30_003));
    // It answers every run it was given, at its next pause.
    const helper = answering(() => true, (title) => `helped: ${title}`);
    const reader = datasetReader('/d.json', file.length, () => helper);
    reader.push(file);
    await reader.caughtUp();
    const got = searched(await reader.finished());
    expect(got.replaceAll('helped: ', '') === searched(readDataset(file, '/d.json'))).toBe(true);
    expect(count(got, 'helped: ')).toBeGreaterThan(30_003 / 2);
  });

  it('are used when they come in time while the reading worker waits for the network between pieces', async () => {
    readHere.clear();
    const file = bytes(manyEvents(30_003));
    const helper = answering(() => true, (title) => `helped: ${title}`);
    const reader = datasetReader('/d.json', file.length, () => helper);
    for (let at = 0; at < file.length; at += 65_536) {
      reader.push(file.slice(at, at + 65_536));
      await reader.caughtUp();
      await helper.pause();
      reader.idle();
    }
    const got = searched(await reader.finished());
    expect(got.replaceAll('helped: ', '') === searched(readDataset(file, '/d.json'))).toBe(true);
    expect(count(got, 'helped: ')).toBeGreaterThan(30_003 / 3);
  });

  it('are waited for from a helper that has answered once, when it is slow on its next run while the reading worker waits', async () => {
    readHere.clear();
    const file = bytes(manyEvents(30_003));
    // It answers its first run at once, then holds the others until the whole file has come.
    let slow = true;
    const given = new Set<number>();
    const helper = answering((from) => from === Math.min(...given) || !slow, (title) => `helped: ${title}`);
    const reader = datasetReader('/d.json', file.length, () => helper);
    const read = helper.read;
    helper.read = (request) => (given.add(request.from), read(request));
    for (let at = 0; at < file.length; at += 65_536) {
      reader.push(file.slice(at, at + 65_536));
      await reader.caughtUp();
      await helper.pause();
      reader.idle();
    }
    slow = false;
    const got = searched(await reader.finished());
    // Every run it was given is its own: none was read a second time by the reading worker.
    expect(helper.answered).toBe(given.size);
    expect(given.size).toBeGreaterThan(2);
    expect([...given].filter((from) => readHere.has(from))).toEqual([]);
    expect(got.replaceAll('helped: ', '') === searched(readDataset(file, '/d.json'))).toBe(true);
  });
});

describe('the first events of a large file, read in order', () => {
  it('do not wait for a second reading worker that has only just started (a first picture shows them)', () => {
    readHere.clear();
    const file = bytes(manyEvents(30_003));
    // A helper that has not answered anything yet.
    const helper = answering(() => false, (title) => title);
    const merged: number[] = [];
    const reader = datasetReader('/d.json', file.length, () => helper, (count) => merged.push(count));
    reader.push(file.slice(0, 1 << 20));
    expect(merged.length).toBeGreaterThan(0);
    expect(reader.soFar()!.columns.start.length).toBeGreaterThan(0);
  });
});
