import { describe, expect, it } from 'vitest';
import { datasetOf, datasetReader, readDataset } from '../../../src/app/data/readDataset.ts';
import type { PartHelper, ReadOutcome } from '../../../src/app/data/readDataset.ts';
import { HELPED } from '../../../src/app/data/readDataset.ts';
import { partContext, readPart } from '../../../src/app/data/readPart.ts';
import type { PartContext, PartRequest, PartResult } from '../../../src/app/data/readPart.ts';
import type { Dataset } from '../../../src/model/dataset.ts';
import { seedDataset } from '../fixtures/seed.ts';
import { leanDataset } from '../../../src/model/lean.ts';
import { summarizeProblems } from '../../../src/app/status/summarizeProblems.ts';

const bytes = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

/** The seed's events copied under new ids until there are `n`: enough for several batches. */
function manyEvents(n: number): Dataset {
  const dataset = seedDataset();
  const seed = dataset.events;
  dataset.events = Array.from({ length: n }, (_, k) => ({ ...structuredClone(seed[k % seed.length]!), id: `copy-${k}` }));
  return dataset;
}

/** The file given to the reader in pieces of `size` bytes, as a download gives it. */
function readInPieces(file: Uint8Array, size: number): ReadOutcome {
  const reader = datasetReader('/d.json');
  for (let at = 0; at < file.length; at += size) reader.push(file.slice(at, at + size));
  return reader.finish();
}

const turn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A second reader in this thread standing in for the helper worker: it answers a turn or two
 * later, as a worker does, with what it was given copied; `fails` lists the runs (by their first
 * event) it cannot read, as a helper that dies leaves them.
 */
function helperHere(fails: number[] = []): PartHelper & { runs: number[] } {
  let context: PartContext | null = null;
  const runs: number[] = [];
  return {
    runs,
    head: (head) => void (context = partContext(structuredClone(head), '/d.json')),
    async read(request) {
      const given = structuredClone(request);
      const at = context!;
      await turn();
      if (runs.length % 2) await turn();
      runs.push(given.from);
      if (fails.includes(given.from)) return null;
      try {
        return structuredClone(readPart(at, given));
      } catch {
        return null;
      }
    },
    pause: turn,
  };
}

/**
 * The file read with a helper, in pieces of `size` bytes that arrive a turn apart; `sizeHint`: the
 * size the download announced (a compressed one's is smaller than the file).
 */
async function readHelped(file: Uint8Array, size: number, helper: PartHelper, sizeHint = file.length): Promise<ReadOutcome> {
  const reader = datasetReader('/d.json', sizeHint, () => helper);
  for (let at = 0; at < file.length; at += size) {
    // As the reading worker does: what came is shared with the helper before the next piece.
    reader.push(file.slice(at, at + size));
    await reader.caughtUp();
    await turn();
  }
  return reader.finished();
}

function summary(outcome: ReadOutcome) {
  if (!outcome.ok) throw new Error(outcome.message);
  const { columns, problems } = outcome.read;
  // Where each kept event is in the file (reading them all through the schema would be slow).
  return { problems, extent: columns.extent, spans: [...outcome.read.events.spans], ids: [...columns.idHash], start: [...columns.start], kind: [...columns.kind], flags: [...columns.openEnd, ...columns.inferred, ...columns.reportedBy], certainty: [...columns.certainty], dated: [...columns.dated], actors: [...columns.actorRefs], titles: columns.searchText.map((s) => s.text) };
}

describe('reading a dataset as it downloads', () => {
  it('counts the events of a file that lost its shared lists as one problem, not one line each', () => {
    const dataset = manyEvents(40);
    dataset.events = dataset.events.map((event) => ({ ...event, salience: event.salience ?? 1 }));
    const { shared: _, ...file } = leanDataset(dataset) as unknown as Record<string, unknown>;
    const outcome = readDataset(bytes(file), '/d.json');
    if (!outcome.ok) throw new Error(outcome.message);
    const lines = summarizeProblems(outcome.read.problems);
    expect(outcome.read.problems.length).toBeGreaterThan(10);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.text).toMatch(/^\d+ events with (title|attribution): names an entry of shared\.(titles|attributions), which holds none$/);
  });

  it('gives what reading the whole file gives, whatever pieces it arrives in', () => {
    const dataset = manyEvents(12_003);
    (dataset.events[7_001] as { title: unknown }).title = 7;
    dataset.events[11_000]!.actorIds = ['nobody'];
    dataset.events[4_000]!.id = 'copy-3';
    const file = bytes(dataset);
    const whole = summary(readDataset(file, '/d.json'));
    expect(whole.ids.length).toBe(12_000);
    expect(whole.spans.length).toBe(24_000);
    expect(whole.problems.map((p) => p.ref)).toEqual(['copy-3', 'copy-7001', 'copy-11000']);
    for (const size of [4096, 65_536, 1_000_003]) expect(summary(readInPieces(file, size))).toEqual(whole);
  });

  it('reads a small file given a byte at a time', () => {
    const file = bytes(seedDataset());
    expect(summary(readInPieces(file, 1))).toEqual(summary(readDataset(file, '/d.json')));
  });

  it('checks the events against the actors the file ends with when a key comes again after the events', () => {
    const dataset = manyEvents(6_000);
    const used = dataset.events[0]!.actorIds[0]!;
    const text = JSON.stringify(dataset);
    // JSON.parse keeps the last value of a key: the actors after the events are the file's actors.
    const later = JSON.stringify(dataset.actors.filter((a) => a.id !== used && a.parentId !== used));
    const file = bytes(`${text.slice(0, -1)},"actors":${later}}`);
    const outcome = readInPieces(file, 8192);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const left = datasetOf(outcome.read).events.map((e) => e.id);
    expect(left).not.toContain(dataset.events[0]!.id);
    expect(outcome.read.problems.some((p) => p.ref === dataset.events[0]!.id && p.reason.includes(used))).toBe(true);
    expect(summary(outcome)).toEqual(summary(readDataset(file, '/d.json')));
  });

  it('says the file is not JSON when an event is broken, whichever piece it came in', () => {
    const text = JSON.stringify(manyEvents(11_000));
    const at = text.indexOf('"id":"copy-6000"');
    const file = bytes(`${text.slice(0, at)}"id":"copy-6000",,${text.slice(at + '"id":"copy-6000",'.length)}`);
    const outcome = readInPieces(file, 4096);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.kind).toBe('json');
    expect(outcome).toEqual(readDataset(file, '/d.json'));
  });

  it('gives the same with a second thread reading runs of events, whichever runs it reads or fails to', async () => {
    const dataset = manyEvents(30_003);
    (dataset.events[7_001] as { title: unknown }).title = 7;
    dataset.events[11_000]!.actorIds = ['nobody'];
    // Repeats of an id across runs read apart, and inside one run.
    dataset.events[4_000]!.id = 'copy-3';
    dataset.events[26_500]!.id = 'copy-13000';
    dataset.events[17_100]!.id = 'copy-17050';
    const file = bytes(dataset);
    const whole = summary(readDataset(file, '/d.json'));
    expect(whole.problems.map((p) => p.ref)).toEqual(['copy-3', 'copy-7001', 'copy-11000', 'copy-17050', 'copy-13000']);
    for (const [size, fails] of [
      [65_536, []],
      [1 << 20, [4_000]],
      [file.length, [0, 8_000, 16_000]],
    ] as const) {
      const helper = helperHere([...fails]);
      expect(summary(await readHelped(file, size, helper))).toEqual(whole);
      expect(helper.runs.length).toBeGreaterThan(1);
    }
  });

  it('says the file is not JSON with the same words when the broken event is in a run read apart', async () => {
    const text = JSON.stringify(manyEvents(21_000));
    const at = text.indexOf('"id":"copy-14500"');
    const file = bytes(`${text.slice(0, at)}"id":"copy-14500",,${text.slice(at + '"id":"copy-14500",'.length)}`);
    const helper = helperHere();
    const outcome = await readHelped(file, 65_536, helper);
    expect(!outcome.ok && outcome.kind).toBe('json');
    expect(outcome).toEqual(readDataset(file, '/d.json'));
  });

  it('shares a file that arrives at once with the helper, rather than reading it all before the helper can answer', async () => {
    const file = bytes(manyEvents(30_003));
    const helper = helperHere();
    expect(summary(await readHelped(file, file.length, helper))).toEqual(summary(readDataset(file, '/d.json')));
    // The helper reads 4,000 events a run: more than half of the file.
    expect(helper.runs.length * 4_000).toBeGreaterThan(15_000);
  });

  it("starts the helper by the bytes received, not by a compressed download's smaller size, and not for a small file", async () => {
    const large = bytes(manyEvents(30_003));
    expect(large.length).toBeGreaterThan(HELPED);
    const helper = helperHere();
    expect(summary(await readHelped(large, 65_536, helper, 1 << 20))).toEqual(summary(readDataset(large, '/d.json')));
    expect(helper.runs.length).toBeGreaterThan(1);
    const small = bytes(manyEvents(3_000));
    expect(small.length).toBeLessThan(HELPED);
    let started = 0;
    const reader = datasetReader('/d.json', small.length, () => (started++, helperHere()));
    for (let at = 0; at < small.length; at += 65_536) reader.push(small.slice(at, at + 65_536));
    expect(summary(await reader.finished())).toEqual(summary(readDataset(small, '/d.json')));
    expect(started).toBe(0);
  });

  it('starts the helper at once for a download announced large, before its first byte', async () => {
    const file = bytes(manyEvents(30_003));
    const helper = helperHere();
    let started = 0;
    const reader = datasetReader('/d.json', file.length, () => (started++, helper));
    expect(started).toBe(1);
    for (let at = 0; at < file.length; at += 65_536) {
      reader.push(file.slice(at, at + 65_536));
      await reader.caughtUp();
      await turn();
    }
    expect(summary(await reader.finished())).toEqual(summary(readDataset(file, '/d.json')));
    expect(started).toBe(1);
    expect(helper.runs.length).toBeGreaterThan(1);
  });

  /**
   * A helper that reads each run right and then spoils its answer with `spoil`, or throws as it is
   * asked; `asked` counts the runs it was given.
   */
  function spoiling(spoil: (result: PartResult) => unknown): PartHelper & { asked: number } {
    const right = helperHere();
    const helper = {
      ...right,
      asked: 0,
      read: async (request: PartRequest) => {
        helper.asked++;
        return spoil((await right.read(request))!) as PartResult;
      },
    };
    return helper;
  }
  const columnsOf = (r: PartResult) => r.columns!;
  /** A column's values each moved to another of the same kind, so that taking them would change the timeline. */
  const shifted = (column: Uint8Array, kinds: number) => Array.from(column, (v) => (v + 1) % kinds);
  const withColumn = (r: PartResult, key: string, value: unknown) => ({ ...r, columns: { ...columnsOf(r), [key]: value } });
  it.each([
    ['an answer that is no object', () => 'done'],
    ['the runs kept, one too few', (r: PartResult) => ({ ...r, kept: r.kept.slice(1) })],
    ['the runs kept, shifted by one', (r: PartResult) => ({ ...r, kept: r.kept.map((k) => k + 1) })],
    ['columns one event short', (r: PartResult) => withColumn(r, 'start', columnsOf(r).start.slice(1))],
    ['a column of the wrong type', (r: PartResult) => withColumn(r, 'kind', shifted(columnsOf(r).kind, 3))],
    ['a mark that does not exist', (r: PartResult) => withColumn(r, 'kind', columnsOf(r).kind.map(() => 3))],
    ['a certainty that does not exist', (r: PartResult) => withColumn(r, 'certainty', columnsOf(r).certainty.map(() => 4))],
    ['an open end that is neither 0 nor 1', (r: PartResult) => withColumn(r, 'openEnd', columnsOf(r).openEnd.map(() => 2))],
    ['an inferred flag that is neither 0 nor 1', (r: PartResult) => withColumn(r, 'inferred', columnsOf(r).inferred.map(() => 255))],
    ['a reported flag that is neither 0 nor 1', (r: PartResult) => withColumn(r, 'reportedBy', columnsOf(r).reportedBy.map(() => 7))],
    ['an actor that does not exist', (r: PartResult) => withColumn(r, 'actorRefs', columnsOf(r).actorRefs.map(() => 1e6))],
    ['a dated event told undated', (r: PartResult) => withColumn(r, 'undated', [0, ...columnsOf(r).undated])],
    ["an event drawn outside the run's own extent", (r: PartResult) => withColumn(r, 'extent', [0, 1])],
    ['ids that are not text', (r: PartResult) => ({ ...r, ids: r.ids.map((_, k) => k) })],
    ['a problem without its reason', (r: PartResult) => ({ ...r, problems: [{ kind: 'event', ref: 'x' }] })],
    ['no answer at all: it throws as it is asked', () => {
      throw new Error('helper broken');
    }],
  ])('gives the timeline of the file itself from a helper whose answer is wrong, and gives it no more runs: %s', async (_, spoil) => {
    const dataset = manyEvents(12_003);
    dataset.events[9_000]!.actorIds = ['nobody'];
    const file = bytes(dataset);
    expect(file.length).toBeGreaterThan(HELPED);
    const whole = readDataset(file, '/d.json');
    const helper = spoiling(spoil as (r: PartResult) => unknown);
    expect(summary(await readHelped(file, 1 << 20, helper))).toEqual(summary(whole));
    // The runs it had when its first answer came, and none after.
    expect(helper.asked).toBeLessThanOrEqual(2);
  });

  /** A helper alive but silent from its run `from` on: it never answers it nor any run after it. */
  function silentFrom(from: number): PartHelper & { runs: number[]; asked: number[] } {
    const right = helperHere();
    return {
      ...right,
      asked: [] as number[],
      read(request: PartRequest) {
        this.asked.push(request.from);
        return request.from >= from ? new Promise<PartResult | null>(() => undefined) : right.read(request);
      },
    };
  }
  it.each([
    ['the whole file at once, silent from its first run', Infinity, 0],
    ['in pieces, silent from a run in the middle', 65_536, 12_000],
    ['in pieces, silent for its last run only', 65_536, 28_000],
  ])('gives the timeline of the file from a helper that stays alive but stops answering: %s', async (_, size, from) => {
    const dataset = manyEvents(30_003);
    dataset.events[20_000]!.actorIds = ['nobody'];
    dataset.events[29_000]!.id = 'copy-1';
    const file = bytes(dataset);
    const helper = silentFrom(from);
    // Without a check of its progress, the reading would wait for it for ever (and the test time out).
    expect(summary(await readHelped(file, Math.min(size, file.length), helper))).toEqual(summary(readDataset(file, '/d.json')));
    expect(helper.asked.length).toBeGreaterThan(0);
  });

  it('reads the runs of a helper silent from its start while the rest downloads, not once all of it has come', async () => {
    const file = bytes(manyEvents(30_003));
    const helper = silentFrom(0);
    const reader = datasetReader('/d.json', file.length, () => helper);
    const merged: number[] = [];
    for (let at = 0; at < file.length; at += 65_536) {
      reader.push(file.slice(at, at + 65_536));
      await reader.caughtUp();
      // As the reading worker does when it has read all that came and waits for the network.
      reader.idle();
      merged.push(reader.merged);
      await turn();
    }
    // The events read before the end of the download are in order, not held behind the helper's runs.
    expect(helper.asked.length).toBeGreaterThan(0);
    expect(merged[merged.length - 2]).toBeGreaterThan(20_000);
    expect(summary(await reader.finished())).toEqual(summary(readDataset(file, '/d.json')));
  });

  it('gives the timeline of the file itself from a helper that cannot be told the head', async () => {
    const file = bytes(manyEvents(12_003));
    const helper = helperHere();
    const broken = { ...helper, head: () => {
      throw new Error('helper broken');
    } };
    expect(summary(await readHelped(file, 65_536, broken))).toEqual(summary(readDataset(file, '/d.json')));
    expect(helper.runs).toEqual([]);
  });
});
