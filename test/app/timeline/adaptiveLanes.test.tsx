// What a user sees of the lanes: a dense dataset zoomed in gets lanes one can read, with labels and
// a "+N more" hint for what does not fit; the seed's lanes start at the top of a plot sized to them.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp, findTimeline } from '../fixtures/renderApp.tsx';
import { serve, serveSeed } from '../fixtures/serve.ts';
import { denseDataset } from '../fixtures/dense.ts';
import { installFakeCanvas } from '../fixtures/fakeCanvas.ts';
import { LANE_READ, PLOT_PAD } from '../../../src/app/timeline/laneMetrics.ts';

const canvas = installFakeCanvas();

/** Distinct vertical centres of the options in the listbox, top to bottom. */
function laneCentres(list: HTMLElement): number[] {
  const ys = within(list)
    .queryAllByRole('option')
    .map((o) => parseFloat(o.style.top) + parseFloat(o.style.height) / 2);
  return [...new Set(ys)].sort((a, b) => a - b);
}

describe('lanes that adapt to the view', () => {
  it('zooming into a dense stretch lays it out again in readable lanes with labels, and counts the rest', async () => {
    serve({ 'data/dataset.json': denseDataset(3000) });
    const { user } = renderApp();
    const list = await findTimeline();
    // The fitted view of 3,000 events is a density picture: no room for labels.
    await waitFor(() => expect(list).toHaveAttribute('data-rendered'));
    expect(canvas.drawn().filter((t) => t.startsWith('Dense event'))).toEqual([]);
    for (let k = 0; k < 5; k++) await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    // Once the zoom settles, the events in view get lanes of their own, labelled.
    await waitFor(() => {
      const centres = laneCentres(list);
      expect(centres.length).toBeGreaterThan(3);
      for (let k = 1; k < centres.length; k++) expect(centres[k]! - centres[k - 1]!).toBeGreaterThanOrEqual(LANE_READ);
    });
    expect(canvas.drawn().filter((t) => /^Dense event \d+/.test(t)).length).toBeGreaterThan(10);
    // More events than lanes: a hint says how many, and zooms in when clicked.
    expect(screen.getByText(/more here than lanes can show/)).toBeInTheDocument();
    const hints = () => screen.getAllByRole('button', { name: /more events? from .*: zoom in/ });
    expect(hints().length).toBeGreaterThan(0);
    const before = screen.getByRole('slider', { name: 'Visible time window' }).getAttribute('aria-valuetext');
    // Clicked as found: the row is laid out again as the view settles, and a button found before
    // that may no longer be on the page.
    fireEvent.click(hints()[0]!);
    await waitFor(() =>
      expect(screen.getByRole('slider', { name: 'Visible time window' }).getAttribute('aria-valuetext')).not.toBe(before),
    );
  });

  it("sizes the plot to the seed's lanes, which start at its top", async () => {
    serveSeed();
    renderApp();
    const list = await findTimeline();
    await waitFor(() => expect(list).toHaveAttribute('data-rendered'));
    const centres = laneCentres(list);
    expect(centres[0]).toBeLessThanOrEqual(PLOT_PAD + 30);
    const frame = list.closest('.plot-frame') as HTMLElement;
    expect(parseFloat(frame.style.height)).toBeLessThanOrEqual(centres.at(-1)! + 30);
    // Every dated event of the seed is labelled in the fitted view.
    for (const option of within(list).getAllByRole('option')) {
      const title = option.getAttribute('aria-label')!.split(': ').slice(1).join(': ');
      expect(canvas.drawn().some((t) => t === title || (t.endsWith('…') && title.startsWith(t.slice(0, -1))))).toBe(true);
    }
  });
});
