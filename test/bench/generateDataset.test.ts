// The generated dataset of the UI benchmark and the e2e specs reads as real extractor output does:
// saliences that differ, so that some events stand out as key events.
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generateDataset.ts';
import { buildIndex } from '../../src/app/data/buildIndex.ts';
import { keyEvents, DEFAULT_KEYS } from '../../src/app/story/keyEvents.ts';
import { validateDataset } from '../../src/model/validate.ts';
import { leanDataset } from '../../src/model/lean.ts';

describe('the generated dataset', () => {
  const made = generateDataset(2000).dataset;
  // Written as the extractor writes a file, read back as the app reads one.
  const { dataset, problems } = validateDataset(JSON.parse(JSON.stringify(leanDataset(made))));

  it('reads whole, with varied saliences, about half of them 0', () => {
    expect(problems).toEqual([]);
    const saliences = dataset.events.map((e) => e.salience);
    const zero = saliences.filter((s) => s === 0).length;
    expect(zero).toBeGreaterThan(0.4 * saliences.length);
    expect(zero).toBeLessThan(0.6 * saliences.length);
    expect(new Set(saliences).size).toBeGreaterThan(100);
  });

  it('reads back as it was made: actors without roles keep none', () => {
    expect(made.events.some((e) => e.actorIds.length > 0 && !e.roles)).toBe(true);
    expect(dataset.events).toEqual(made.events);
  });

  it('has key events: the best supported stand out', () => {
    const support = buildIndex(dataset, []).support;
    const all = Int32Array.from(dataset.events, (_, i) => i);
    expect(keyEvents(all, support, DEFAULT_KEYS)).toHaveLength(DEFAULT_KEYS);
  });

  it('is the same for a given size', () => {
    expect(JSON.stringify(generateDataset(300))).toBe(JSON.stringify(generateDataset(300)));
  });
});
