// When the reading worker sends a first part of a large file: decided before anything is copied,
// once, and never against a compressed length taken for the file's size.
import { describe, expect, it } from 'vitest';
import { partialDue, PARTIAL_EVENTS, PARTIAL_MS } from '../../../src/app/data/partialDue.ts';
import type { ReadingSoFar } from '../../../src/app/data/partialDue.ts';
import { HELPED } from '../../../src/app/data/readDataset.ts';

const MB = 1 << 20;
/** Half a second into reading a 40 MB file whose size is told, 10 MB received and 8 MB of events read. */
const base: ReadingSoFar = { merged: 20_000, elapsed: 500, size: 40 * MB, hint: 40 * MB, received: 10 * MB, downloaded: false, kept: 8 * MB };

describe('the first part of a large dataset', () => {
  it.each<[string, Partial<ReadingSoFar>, ReturnType<typeof partialDue>]>([
    ['is sent once its time has come, a small share of the file read', {}, 'send'],
    ['is sent once enough events are read, however soon', { elapsed: 10, merged: PARTIAL_EVENTS }, 'send'],
    ['waits for its time, neither many events nor long', { elapsed: PARTIAL_MS - 1, merged: 100 }, 'wait'],
    ['waits while no event is read', { kept: 0, merged: 0 }, 'wait'],
    ['waits on a small file', { size: HELPED - 1, hint: HELPED - 1, received: 1000, kept: 900 }, 'wait'],
    ['is given up when most of the file is read already', { kept: 31 * MB, received: 32 * MB }, 'never'],
    // A gzip download without its own size: the hint is the compressed length, eight times too small.
    ['is sent when only a compressed length is known', { size: 0, hint: 5 * MB }, 'send'],
    ['is given up when a file of untold size came whole and most of it is read', { size: 0, hint: 0, received: 20 * MB, downloaded: true, kept: 18 * MB }, 'never'],
    ['is sent when a file of untold size came whole and little of it is read', { size: 0, hint: 0, received: 20 * MB, downloaded: true, kept: 4 * MB }, 'send'],
    // A reader that cannot count (a count missing: not a number) never has a part copied from it.
    ['waits while the bytes received are not counted', { received: NaN }, 'wait'],
    ['waits while the bytes read are not counted', { kept: NaN }, 'wait'],
    ['waits while the file size is not a number', { size: NaN }, 'wait'],
    ['waits while nothing is counted', { merged: NaN, received: NaN, kept: NaN }, 'wait'],
  ])('%s', (_, change, expected) => {
    expect(partialDue({ ...base, ...change })).toBe(expected);
  });
});
