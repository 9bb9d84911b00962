// The listbox's aria-activedescendant always names an option that is in the DOM, wherever the
// active event is: in a lane, in the "+N more" row, among more events than get an option each, or
// outside the stretch of time laid out.
import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { renderApp, findTimeline } from '../fixtures/renderApp.tsx';
import { serve } from '../fixtures/serve.ts';
import { denseDataset } from '../fixtures/dense.ts';
import { installFakeCanvas } from '../fixtures/fakeCanvas.ts';

installFakeCanvas();

/** The element aria-activedescendant names, or a failure saying which id dangles. */
function activeOption(list: HTMLElement): HTMLElement {
  const id = list.getAttribute('aria-activedescendant');
  expect(id, 'an active descendant').toBeTruthy();
  const option = document.getElementById(id!);
  expect(option, `#${id} in the DOM`).not.toBeNull();
  expect(list).toContainElement(option);
  expect(option).toHaveAttribute('role', 'option');
  return option!;
}

describe('the active option', () => {
  it('exists for every event reached with the keys among 3,000, too many in view for an option each', async () => {
    serve({ 'data/dataset.json': denseDataset(3000) });
    const { user } = renderApp();
    const list = await findTimeline();
    await waitFor(() => expect(list).toHaveAttribute('data-rendered'));
    // Too many in view for an option each: none is rendered until one is active.
    expect(within(list).queryAllByRole('option')).toHaveLength(0);
    list.focus();
    for (const key of ['{ArrowRight}', '{PageDown}', '{End}', '{ArrowLeft}', '{PageUp}', '{Home}']) {
      await user.keyboard(key);
      activeOption(list);
    }
  });

  it('exists when the active event sits in the "+N more" row of a zoomed view', async () => {
    serve({ 'data/dataset.json': denseDataset(3000) });
    const { user } = renderApp();
    const list = await findTimeline();
    for (let k = 0; k < 5; k++) await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    await waitFor(() => expect(screen.getByText(/more here than lanes can show/)).toBeInTheDocument());
    // The "+N more" row is centred where its hint buttons are.
    const hint = screen.getAllByRole('button', { name: /more events? from .*: zoom in/ })[0]!;
    const moreRow = parseFloat(hint.style.top) + 9;
    list.focus();
    let inMoreRow = 0;
    for (let k = 0; k < 60; k++) {
      await user.keyboard('{ArrowRight}');
      const option = activeOption(list);
      if (parseFloat(option.style.top) + parseFloat(option.style.height) / 2 === moreRow) inMoreRow++;
    }
    expect(inMoreRow).toBeGreaterThan(0);
  });

  it('exists when the active event is outside the stretch of time laid out after the view moved away', async () => {
    serve({ 'data/dataset.json': denseDataset(3000) });
    const { user } = renderApp('/?from=2024-03-01&to=2024-03-15');
    const list = await findTimeline();
    await waitFor(() => expect(screen.getByText(/more here than lanes can show|scroll or pinch/)).toBeInTheDocument());
    list.focus();
    // The last event of the year: the view follows it to December.
    await user.keyboard('{End}');
    const before = activeOption(list).getAttribute('aria-label');
    expect(before).toMatch(/December 2024/);
    // The view moves far away (back to an earlier link); the active event stays active.
    act(() => {
      window.history.pushState(null, '', '/?from=2024-01-01&to=2024-01-15');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    const slider = screen.getByRole('slider', { name: 'Visible time window' });
    await waitFor(() => expect(slider).toHaveAttribute('aria-valuetext', expect.stringMatching(/ January 2024$/)));
    // Once the view settles, the events around it are laid out again, and the active one is not.
    await waitFor(() =>
      expect(
        within(list)
          .queryAllByRole('option')
          .some((o) => / January 2024/.test(o.getAttribute('aria-label') ?? '')),
      ).toBe(true),
    );
    list.focus();
    expect(activeOption(list).getAttribute('aria-label')).toBe(before);
  });
});
