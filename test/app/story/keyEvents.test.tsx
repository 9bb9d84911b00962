// Key events: the best supported are labelled in every view, and one control sets how many.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderApp, findTimeline } from '../fixtures/renderApp.tsx';
import { serve } from '../fixtures/serve.ts';
import { denseDataset } from '../fixtures/dense.ts';
import { installFakeCanvas } from '../fixtures/fakeCanvas.ts';
import { packMost } from '../../../src/app/timeline/packLanes.ts';

const canvas = installFakeCanvas();

describe('packMost with key spans', () => {
  it('gives a key span a lane before the others, which go around it', () => {
    // Three short spans and one long key span over them, one lane: without the key first the greedy
    // would keep the three short ones.
    const lo = Float64Array.from([0, 10, 20, 0]);
    const hi = Float64Array.from([9, 19, 29, 30]);
    expect([...packMost(lo, hi, 1)]).toEqual([0, 0, 0, -1]);
    expect([...packMost(lo, hi, 1, Uint8Array.from([0, 0, 0, 1]))]).toEqual([-1, -1, -1, 0]);
    // Two lanes: the key takes one, the others keep the other.
    expect([...packMost(lo, hi, 2, Uint8Array.from([0, 0, 0, 1]))]).toEqual([1, 1, 1, 0]);
  });
});

describe('key events', () => {
  function keyed() {
    const dataset = denseDataset(3000);
    dataset.events.forEach((e, k) => (e.salience = k === 1234 ? 9 : k === 2345 ? 8 : 1));
    dataset.events[1234]!.title = 'The best supported event of the year';
    dataset.events[2345]!.title = 'The second best supported event';
    return dataset;
  }

  it('are labelled and reachable in a density picture of 3,000 events', async () => {
    serve({ 'data/dataset.json': keyed() });
    renderApp();
    const list = await findTimeline();
    await waitFor(() => expect(list).toHaveAttribute('data-rendered'));
    expect(canvas.drawn()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^The best supported event/), expect.stringMatching(/^The second best supported/)]),
    );
    expect(screen.getByRole('option', { name: /The best supported event of the year/ })).toBeInTheDocument();
    expect(screen.getByText(/2 labelled/)).toBeInTheDocument();
  });

  it('are as many as the control says, and none when it says none', async () => {
    serve({ 'data/dataset.json': keyed() });
    renderApp();
    const list = await findTimeline();
    await waitFor(() => expect(list).toHaveAttribute('data-rendered'));
    const control = screen.getByRole('spinbutton', { name: 'Key events' });
    fireEvent.change(control, { target: { value: '0' } });
    expect(window.location.search).toBe('?keys=0');
    await waitFor(() => expect(screen.queryByRole('option', { name: /The best supported event/ })).not.toBeInTheDocument());
  });
});
