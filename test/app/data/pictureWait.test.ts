// The reading of the rest of a large dataset waits for the page's first picture of the events so
// far (partialRead.drawn), and for a moment at most when no picture comes (another view is open).
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.useRealTimers();
  vi.resetModules();
});

const fresh = async () => (await import('../../../src/app/data/partialRead.ts'));

describe('the wait for the first picture', () => {
  it('ends when the timeline has drawn it, and at once after that', async () => {
    const { partialRead } = await fresh();
    let ended = false;
    const waiting = partialRead.drawn().then(() => (ended = true));
    await Promise.resolve();
    expect(ended).toBe(false);
    partialRead.pictured();
    await waiting;
    expect(ended).toBe(true);
    await partialRead.drawn();
  });

  it('ends after a moment when no picture comes', async () => {
    vi.useFakeTimers();
    const { partialRead, PICTURE_WAIT_MS } = await fresh();
    let ended = false;
    void partialRead.drawn().then(() => (ended = true));
    await vi.advanceTimersByTimeAsync(PICTURE_WAIT_MS - 1);
    expect(ended).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(ended).toBe(true);
  });
});
