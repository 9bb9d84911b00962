// The window shown when the view's scales change more than once (a filter ticked then unticked,
// Back and Forward, a link to an event far from the story), in the timeline and the lanes view: at
// every state the page could paint, the window the change asks for, never the whole span, an empty
// axis or the story first.
import { describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { findTimeline, renderApp } from '../fixtures/renderApp.tsx';
import { serveStory } from '../fixtures/story.ts';
import { installFakeCanvas } from '../fixtures/fakeCanvas.ts';

installFakeCanvas();

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Records `read()` after each change of the page (each state it could paint); the function returned stops and gives them in order. */
function recordShown(read: () => string | null) {
  const shown: string[] = [];
  const note = () => {
    const v = read();
    if (v !== null && shown[shown.length - 1] !== v) shown.push(v);
  };
  const observer = new MutationObserver(note);
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  return () => (observer.disconnect(), shown);
}

/** Holds every animation frame asked for from now on; `release` runs them (and those they ask for) and lets frames run again. */
function holdFrames() {
  const held = new Map<number, FrameRequestCallback>();
  let next = 0;
  const [request, cancel] = [globalThis.requestAnimationFrame, globalThis.cancelAnimationFrame];
  vi.stubGlobal('requestAnimationFrame', (run: FrameRequestCallback) => (held.set(++next, run), next));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => held.delete(id));
  return {
    release() {
      act(() => {
        for (let k = 0; k < 10 && held.size; k++) {
          const runs = [...held.values()];
          held.clear();
          for (const run of runs) run(performance.now());
        }
      });
      vi.stubGlobal('requestAnimationFrame', request);
      vi.stubGlobal('cancelAnimationFrame', cancel);
    },
  };
}

const windowShown = () =>
  document.querySelector('[role="slider"][aria-label="Visible time window"]')?.getAttribute('aria-valuetext') ?? null;
const axisShown = () =>
  document.querySelector('.lanes-view')
    ? [...document.querySelectorAll('.lanes-view .axis-tick')].map((t) => t.textContent).join(' ')
    : null;
const filterBoxes = () => within(screen.getByRole('complementary', { name: 'Filters' })).getAllByRole('checkbox');
const windowParams = () => {
  const params = new URLSearchParams(window.location.search);
  return [params.get('from'), params.get('to')];
};

/**
 * The story opened on 5 to 25 March 2025; then no animation frame runs until the test lets it, so
 * that what shows is what the render that reads the URL gave, not a frame after it.
 */
async function openMarchHeld() {
  serveStory();
  renderApp('/?from=2025-03-05&to=2025-03-25');
  await findTimeline();
  await waitFor(() => expect(windowShown()).toBe('5 March 2025 to 25 March 2025'));
  return holdFrames();
}

/** Forward to `url`, as a page pushed after this one would hold. */
function forwardTo(url: string) {
  act(() => {
    window.history.pushState(null, '', url);
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
}

describe('the timeline, its scales changed again', () => {
  it('shows only the story when a filter is ticked, then unticked, then another ticked', async () => {
    serveStory();
    const { user } = renderApp('/');
    await findTimeline();
    await pause(200);
    const story = windowShown();
    for (const [box, whole] of [
      [0, false],
      [0, true],
      [1, false],
    ] as const) {
      const stop = recordShown(windowShown);
      await user.click(filterBoxes()[box]!);
      await pause(300);
      const shown = stop();
      // One window only: the story of the events kept (the unfiltered story when nothing is).
      expect(shown).toHaveLength(1);
      if (whole) expect(shown).toEqual([story]);
    }
  });

  it('goes back straight to the window and filters of the page before', async () => {
    serveStory();
    const { user } = renderApp('/?from=2025-03-05&to=2025-03-25');
    await findTimeline();
    await pause(200);
    expect(windowShown()).toBe('5 March 2025 to 25 March 2025');
    await user.click(filterBoxes()[0]!);
    await pause(300);
    const stop = recordShown(windowShown);
    await act(async () => {
      window.history.back();
      await pause(300);
    });
    expect(windowParams()).toEqual(['2025-03-05', '2025-03-25']);
    expect(stop()).toEqual(['5 March 2025 to 25 March 2025']);
  });

  it('shows the window Back or Forward brings, the filters the same, from the render that reads it', async () => {
    const frames = await openMarchHeld();
    // Forward to a page with another window.
    forwardTo('/?from=2025-03-08&to=2025-03-28');
    expect(windowShown()).toBe('8 March 2025 to 28 March 2025');
    // Back to the window before.
    await act(async () => {
      const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      window.history.back();
      await popped;
    });
    expect(windowParams()).toEqual(['2025-03-05', '2025-03-25']);
    expect(windowShown()).toBe('5 March 2025 to 25 March 2025');
    // The frames held, run: the window stays, and the link keeps it.
    frames.release();
    expect(windowShown()).toBe('5 March 2025 to 25 March 2025');
    expect(windowParams()).toEqual(['2025-03-05', '2025-03-25']);
  });

  it('shows the window Back or Forward brings with other filters, the window the same as before', async () => {
    serveStory();
    const { user } = renderApp('/');
    await findTimeline();
    await pause(200);
    // The parameters of a filter, as ticking it writes them.
    await user.click(filterBoxes()[0]!);
    await pause(300);
    const filter = new URLSearchParams(window.location.search);
    filter.delete('from');
    filter.delete('to');
    expect(filter.toString()).not.toBe('');
    forwardTo('/?from=2025-03-05&to=2025-03-25');
    await waitFor(() => expect(windowShown()).toBe('5 March 2025 to 25 March 2025'));
    // Forward to the filter, the window the same: that window, not the story of the events kept.
    forwardTo(`/?${filter}&from=2025-03-05&to=2025-03-25`);
    expect(windowShown()).toBe('5 March 2025 to 25 March 2025');
    await pause(300);
    expect(windowShown()).toBe('5 March 2025 to 25 March 2025');
    expect(windowParams()).toEqual(['2025-03-05', '2025-03-25']);
  });

  it('keeps the window when Back only lets go of the selected event', async () => {
    serveStory();
    const { user } = renderApp('/?from=2025-03-05&to=2025-03-25');
    await findTimeline();
    await waitFor(() => expect(windowShown()).toBe('5 March 2025 to 25 March 2025'));
    // An event in the window: selecting it pushes a page, the window the same.
    await user.click(screen.getAllByRole('option')[0]!);
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('event')).not.toBeNull());
    expect(windowShown()).toBe('5 March 2025 to 25 March 2025');
    const frames = holdFrames();
    await act(async () => {
      const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      window.history.back();
      await popped;
    });
    expect(window.location.search).toBe('?from=2025-03-05&to=2025-03-25');
    expect(windowShown()).toBe('5 March 2025 to 25 March 2025');
    // The frames held, run: the window stays, and the link keeps it.
    frames.release();
    expect(windowShown()).toBe('5 March 2025 to 25 March 2025');
    expect(window.location.search).toBe('?from=2025-03-05&to=2025-03-25');
  });

  it('brings the event Forward selects into view from the render that reads it, the window the same', async () => {
    const frames = await openMarchHeld();
    // Forward to a page that selects an event far outside the window (founded in 1871).
    forwardTo('/?from=2025-03-05&to=2025-03-25&event=e-founded');
    expect(windowShown()).toMatch(/1871$/);
    frames.release();
    expect(windowShown()).toMatch(/1871$/);
  });

  it('opens a link to an event far from the story on the event, from the first picture', async () => {
    serveStory();
    const stop = recordShown(windowShown);
    renderApp('/?event=e-founded');
    await findTimeline();
    await pause(200);
    const shown = stop();
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(/1871$/);
  });
});

describe('the lanes view, its window from the URL', () => {
  it('follows the window Back or Forward brings, the filters the same, from the render that reads it', async () => {
    serveStory();
    renderApp('/?view=lanes&from=2025-03-05&to=2025-03-25');
    await screen.findByRole('region', { name: 'Lanes' }, { timeout: 10_000 });
    await waitFor(() => expect(axisShown()).not.toBe(''));
    const before = axisShown();
    const frames = holdFrames();
    // Forward to a page with a window four months on.
    act(() => {
      window.history.pushState(null, '', '/?view=lanes&from=2025-07-05&to=2025-07-25');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    const forward = axisShown();
    expect(forward).not.toBe(before);
    expect(forward).toMatch(/Jul/);
    await act(async () => {
      const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      window.history.back();
      await popped;
    });
    expect(axisShown()).toBe(before);
    frames.release();
    expect(axisShown()).toBe(before);
    expect(windowParams()).toEqual(['2025-03-05', '2025-03-25']);
  });
});

describe('the lanes view, its filters changed', () => {
  it('never shows an empty axis, and keeps no window in the link, when a filter is ticked from the view it opened on', async () => {
    serveStory();
    const { user } = renderApp('/?view=lanes');
    await screen.findByRole('region', { name: 'Lanes' }, { timeout: 10_000 });
    await waitFor(() => expect(filterBoxes().length).toBeGreaterThan(1));
    await pause(200);
    const story = axisShown();
    const stop = recordShown(axisShown);
    await user.click(filterBoxes()[0]!);
    await pause(300);
    const shown = stop();
    expect(shown).toHaveLength(1);
    expect(shown[0]).not.toBe('');
    expect(windowParams()).toEqual([null, null]);
    // Unticked: the story it opened on again.
    await user.click(filterBoxes()[0]!);
    await pause(300);
    expect(axisShown()).toBe(story);
    expect(windowParams()).toEqual([null, null]);
  });
});
