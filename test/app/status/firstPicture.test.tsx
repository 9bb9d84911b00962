// A large dataset is drawn from the events read so far while the rest loads (data/partialRead.ts).
// What the user sees of the part must never be taken for the whole: the counts say "so far", the
// search and a linked event wait for the rest, the progress stays, and the view stays where the
// user put it when the rest arrives.
import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { findTimeline, renderApp } from '../fixtures/renderApp.tsx';
import { servePartly, splitYearDataset } from '../fixtures/partial.ts';

let clear = () => undefined as void;
afterEach(() => clear());

/** Serves the two-part dataset at `url` and renders the app on its first part. */
async function openPartly(url = '/') {
  window.history.replaceState(null, '', url);
  const served = servePartly(splitYearDataset());
  clear = served.clear;
  const app = renderApp(url);
  await findTimeline();
  return { ...app, ...served, n: served.read.columns.start.length };
}

/**
 * Records the window shown each time the page could be painted (after each task that changed it)
 * once the whole dataset is in; the function returned stops and gives them.
 */
function windowsShownWhole() {
  const shown: string[] = [];
  const record = () => {
    const whole = document.querySelector('.filter-summary')?.textContent?.includes('Showing 2,000 of 2,000 events');
    const slider = document.querySelector('[role="slider"][aria-label="Visible time window"]');
    if (whole && slider) shown.push(slider.getAttribute('aria-valuetext') ?? '');
  };
  const observer = new MutationObserver(record);
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  return () => (observer.disconnect(), [...new Set(shown)]);
}

const summary = () => screen.getAllByRole('status').find((e) => e.classList.contains('filter-summary'))!;
const windowText = () => screen.getByRole('slider', { name: 'Visible time window' }).getAttribute('aria-valuetext');

describe('the first picture of a dataset still loading', () => {
  it('draws the events read so far, says so in its counts and overview, and keeps the progress until the rest is in', async () => {
    const { release, n } = await openPartly();
    expect(summary()).toHaveTextContent(`Showing ${n.toLocaleString('en')} of ${n.toLocaleString('en')} events read so far`);
    expect(screen.getByText(`${n.toLocaleString('en')} dated events read so far`, { exact: false })).toBeInTheDocument();
    expect(
      within(screen.getByRole('complementary', { name: 'Filters' })).getByText(/Counts of the events read so far/),
    ).toBeInTheDocument();
    expect(screen.getByText('so far')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
    release();
    await waitFor(() => expect(summary()).toHaveTextContent('Showing 2,000 of 2,000 events'));
    expect(summary()).not.toHaveTextContent('so far');
    expect(screen.queryByText('so far')).toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('waits for an event linked to that is not read yet, never dropping it, and opens it once it comes', async () => {
    const { release } = await openPartly('/?event=late-5');
    const pane = screen.getByRole('complementary', { name: 'Event details' });
    expect(pane).toHaveTextContent('Finding the event: the dataset is still loading');
    expect(pane).not.toHaveTextContent(/not found|no such event/i);
    expect(new URLSearchParams(window.location.search).get('event')).toBe('late-5');
    release();
    await waitFor(() => expect(screen.getByRole('complementary', { name: 'Event details' })).toHaveTextContent('Late event 5'));
    expect(new URLSearchParams(window.location.search).get('event')).toBe('late-5');
  });

  it('answers a search only once every event is in, not with the matches of a part', async () => {
    const { release } = await openPartly('/?q=late');
    const count = () => document.querySelector('.search .search-count')!;
    expect(count()).toHaveTextContent('Searching once loaded…');
    expect(count()).not.toHaveTextContent(/match/);
    release();
    await waitFor(() => expect(count()).toHaveTextContent('800 matches'));
  });

  it('opens on the whole dataset once it is in when the view was left alone', async () => {
    const { release } = await openPartly();
    // The part is all in January: the view fits it.
    await waitFor(() => expect(windowText()).toMatch(/January 2024$/));
    release();
    await waitFor(() => expect(summary()).toHaveTextContent('Showing 2,000 of 2,000 events'));
    await waitFor(() => expect(windowText()).toMatch(/(November|December) 2024$|January 2025$/));
  });

  it('keeps a linked window past the part while the rest loads', async () => {
    // A link's window, past the events read so far (all in early January).
    const { release } = await openPartly('/?from=2024-01-03&to=2024-02-20');
    await waitFor(() => expect(windowText()).toMatch(/^3 January 2024 to 20 February 2024$/));
    const shown = windowsShownWhole();
    release();
    await waitFor(() => expect(summary()).toHaveTextContent('Showing 2,000 of 2,000 events'));
    // From the first render with the whole dataset on, the kept window, never the default one.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(shown()).toEqual(['3 January 2024 to 20 February 2024']);
    const params = new URLSearchParams(window.location.search);
    expect([params.get('from'), params.get('to')]).toEqual(['2024-01-03', '2024-02-20']);
  });

  it('keeps a linked window in the lanes view while the rest loads', async () => {
    window.history.replaceState(null, '', '/?view=lanes&from=2024-01-03&to=2024-02-20');
    const served = servePartly(splitYearDataset());
    clear = served.clear;
    renderApp('/?view=lanes&from=2024-01-03&to=2024-02-20');
    await screen.findByRole('region', { name: 'Lanes' }, { timeout: 10_000 });
    const linked = () => {
      const params = new URLSearchParams(window.location.search);
      return [params.get('from'), params.get('to')];
    };
    // Let the view settle on the part before the rest comes.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(linked()).toEqual(['2024-01-03', '2024-02-20']);
    // The axis's dates at each state the page could paint: the same window before and after the rest.
    const axis = () =>
      [...document.querySelectorAll('.lanes-view .axis-tick')]
        .map((t) => `${t.textContent}@${(t as HTMLElement).style.transform}`)
        .join(' ');
    const before = axis();
    const axes: string[] = [];
    const observer = new MutationObserver(() => axes.push(axis()));
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    served.release();
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    expect(linked()).toEqual(['2024-01-03', '2024-02-20']);
    expect([...new Set(axes)]).toEqual([before]);
  });

  it('marks every count of the part as so far, and holds the exports of files until the whole is in', async () => {
    window.history.replaceState(null, '', '/');
    const dataset = splitYearDataset();
    // Two records read early that break a rule: the banner counts those found so far.
    dataset.events[0]!.actorIds.push('nobody');
    dataset.events[1]!.actorIds.push('nobody');
    const served = servePartly(dataset);
    clear = served.clear;
    const { user } = renderApp('/');
    await findTimeline();
    const n = served.read.columns.start.length.toLocaleString('en');
    expect(document.querySelector('.brand-meta')).toHaveTextContent(new RegExp(`^${n} events read so far from 1 document$`));
    expect(await screen.findByText(/2 records were left out/)).toHaveTextContent('2 records were left out so far');
    await user.click(screen.getByText('Export'));
    const menu = screen.getByRole('group', { name: 'Export the events on screen' });
    expect(menu).toHaveTextContent(`${n} events on screen read so far: files and printing wait until the whole dataset is in`);
    for (const name of [/^CSV/, /^TimelineJS/, /^Web Annotations/, /^Image \(PNG\)/, /^Print/]) {
      expect(within(menu).getByRole('button', { name })).toBeDisabled();
    }
    expect(within(menu).getByRole('button', { name: /^Copy embed code/ })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Documents' }));
    expect(await screen.findByRole('columnheader', { name: 'Events read so far' })).toBeInTheDocument();
    served.release();
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    expect(document.querySelector('.brand-meta')).toHaveTextContent(/^1,998 events from 1 document$/);
    expect(screen.getByRole('columnheader', { name: 'Events' })).toBeInTheDocument();
    expect(within(menu).getByRole('button', { name: /^CSV/ })).toBeEnabled();
  });

  it('does not search the part: nothing read so far is shown as not matching, and the matches come with the whole', async () => {
    window.history.replaceState(null, '', '/?q=early');
    const dataset = splitYearDataset();
    // An undated event read early, listed beside the timeline, where a search greys out what does not match.
    dataset.events[0]!.time = null;
    const served = servePartly(dataset);
    clear = served.clear;
    renderApp('/?q=early');
    await findTimeline();
    const undated = screen.getByRole('region', { name: /Undated events/ });
    const item = within(undated).getByRole('button', { name: /Early event 0/ });
    expect(item).not.toHaveClass('is-dim');
    expect(item).not.toHaveClass('is-match');
    expect(document.querySelector('.event-option.is-match')).toBeNull();
    served.release();
    await waitFor(() =>
      expect(within(screen.getByRole('region', { name: /Undated events/ })).getByRole('button', { name: /Early event 0/ })).toHaveClass(
        'is-match',
      ),
    );
  });

  it('keeps a window the user zoomed to while the rest loads', async () => {
    const { user, release } = await openPartly();
    await waitFor(() => expect(windowText()).toMatch(/January 2024$/));
    const before = windowText();
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    await waitFor(() => expect(windowText()).not.toBe(before));
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('from')).not.toBeNull());
    const zoomed = windowText();
    const params = new URLSearchParams(window.location.search);
    const chosen = [params.get('from'), params.get('to')];
    const shown = windowsShownWhole();
    release();
    await waitFor(() => expect(summary()).toHaveTextContent('Showing 2,000 of 2,000 events'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(shown()).toEqual([zoomed]);
    const after = new URLSearchParams(window.location.search);
    expect([after.get('from'), after.get('to')]).toEqual(chosen);
  });

  it.each([
    [
      'its button',
      (user: Awaited<ReturnType<typeof openPartly>>['user']) => user.click(screen.getByRole('button', { name: 'Close details' })),
    ],
    ['Escape', (user: Awaited<ReturnType<typeof openPartly>>['user']) => user.keyboard('{Escape}')],
  ])('closes the pane of a linked event not read yet with %s', async (_, closeIt) => {
    const { user } = await openPartly('/?event=late-5');
    const finding = () => screen.queryByRole('complementary', { name: 'Event details' });
    expect(finding()).toHaveTextContent('Finding the event');
    await closeIt(user);
    expect(finding()).toBeNull();
    expect(new URLSearchParams(window.location.search).get('event')).toBeNull();
  });
});
