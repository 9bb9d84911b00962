// The events read so far of a file still arriving (datasetReader.soFar), for a first picture: they
// are exactly what the whole file gives for those events, and the reading goes on unchanged.
import { describe, expect, it } from 'vitest';
import { datasetReader, readDataset } from '../../../src/app/data/readDataset.ts';
import { datasetOf } from '../../../src/app/data/datasetOf.ts';
import { readSoFar, splitYearDataset } from '../fixtures/partial.ts';

const encode = (text: string) => new TextEncoder().encode(text);

describe('the events read so far', () => {
  const file = JSON.stringify(splitYearDataset(1_200, 300));
  const whole = readDataset(encode(file), '/d.json');
  if (!whole.ok) throw new Error(whole.message);

  it('are nothing before a first batch has been read', () => {
    expect(readSoFar(file, file.indexOf('"early-10"'))).toBeNull();
  });

  it('are the first events of the file, with the columns the whole file gives them', () => {
    const read = readSoFar(file, file.indexOf('"late-0"'))!;
    const n = read.columns.start.length;
    expect(n).toBeGreaterThanOrEqual(1_000);
    expect(n).toBeLessThan(1_500);
    const events = datasetOf(read).events;
    expect(events[0]!.id).toBe('early-0');
    expect(events[n - 1]!.id).toBe(`early-${n - 1}`);
    expect(events[n - 1]!.title).toBe(`Early event ${n - 1}`);
    expect(Array.from(read.columns.start)).toEqual(Array.from(whole.read.columns.start.subarray(0, n)));
    expect(Array.from(read.columns.dated)).toEqual(Array.from(whole.read.columns.dated).filter((i) => i < n));
    expect(read.columns.extent).toEqual([Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 15)]);
    // The search waits for the whole: none of its text comes with a part.
    expect(read.columns.searchText).toEqual([]);
  });

  it('leave the reading as it was: the whole file gives the same outcome', () => {
    const reader = datasetReader('/d.json');
    const bytes = encode(file);
    const cut = file.indexOf('"late-0"');
    reader.push(bytes.slice(0, cut));
    expect(reader.soFar()).not.toBeNull();
    reader.push(bytes.slice(cut));
    const outcome = reader.finish();
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.read.columns.start.length).toBe(1_500);
    expect(outcome.read.columns.extent).toEqual(whole.read.columns.extent);
    expect(Array.from(outcome.read.columns.dated)).toEqual(Array.from(whole.read.columns.dated));
    expect(Array.from(outcome.read.events.spans)).toEqual(Array.from(whole.read.events.spans));
  });
});
