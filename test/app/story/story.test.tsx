// The explorer on a corpus: the multi-document story fixture (a made-up dock strike told by six
// documents from four outlets, one a syndicated copy), with merged events and far outliers.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp, findTimeline } from '../fixtures/renderApp.tsx';
import { serveStory } from '../fixtures/story.ts';
import { installFakeCanvas } from '../fixtures/fakeCanvas.ts';

installFakeCanvas();

const details = () => screen.getByRole('complementary', { name: 'Event details' });
const optionNames = () => screen.queryAllByRole('option').map((o) => o.getAttribute('aria-label')!);

describe('a story told by many documents', () => {
  it('opens on March 2025, leaving the founding in 1871 and the terminal of 2031 out of view but reachable', async () => {
    serveStory();
    const { user } = renderApp();
    await findTimeline();
    await waitFor(() => {
      expect(optionNames()).toContainEqual(expect.stringMatching(/^3 March 2025: Dock workers walked out/));
      expect(optionNames().join('\n')).not.toMatch(/^(1871|1998|2031)/m);
    });
    // The story view needs no window in the link.
    expect(window.location.search).toBe('');
    await user.click(screen.getByRole('button', { name: 'Fit all' }));
    await waitFor(() => expect(window.location.search).toMatch(/from=18\d\d-.*&to=20[34]\d-/));
    await user.click(screen.getByRole('button', { name: 'Story' }));
    await waitFor(() => expect(window.location.search).toBe(''));
  });

  it('shows the story from its first picture, never the whole span first', async () => {
    serveStory();
    const shown: string[] = [];
    const observer = new MutationObserver(() => {
      const slider = document.querySelector('[role="slider"][aria-label="Visible time window"]');
      if (slider) shown.push(slider.getAttribute('aria-valuetext') ?? '');
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    renderApp();
    await findTimeline();
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    expect(new Set(shown).size).toBe(1);
    expect(shown[0]).toMatch(/2025/);
    expect(shown[0]).not.toMatch(/18\d\d/);
  });

  it('shows how well a merged event is supported, every passage, and where reports disagree', async () => {
    serveStory();
    const { user } = renderApp('/?event=e-walkout');
    await findTimeline();
    const panel = details();
    expect(panel).toHaveTextContent('Reported by 4 documents from 3 sources, first on 3 March 2025, last on 21 March 2025');
    const passages = within(panel).getByRole('region', { name: /Passages \(5\)/ });
    const items = within(passages).getAllByRole('button');
    expect(items).toHaveLength(5);
    expect(items[2]).toHaveTextContent('same text as Coastal Wire: counted once');
    const disagreements = within(panel).getByRole('region', { name: 'Reports disagree' });
    expect(disagreements).toHaveTextContent('On the figure:');
    expect(disagreements).toHaveTextContent('4,000 workers — Harbor Daily');
    expect(disagreements).toHaveTextContent('2,500 workers — Coastal Wire, Evening Ledger');
    // Each passage opens its own document at that place.
    for (const [k, title] of [
      [0, 'Dock workers walk out at Port Velmora'],
      [3, 'Talks open between union and port'],
      [4, 'Deal ends Port Velmora strike'],
    ] as const) {
      await user.click(items[k]!);
      const source = await within(panel).findByRole('region', { name: 'Source' });
      await waitFor(() => expect(source).toHaveTextContent(title));
      await waitFor(() => expect([...source.querySelectorAll('mark')].map((m) => m.textContent).join('')).toContain('3 March'));
    }
  });

  it('shows a date disagreement in words', async () => {
    serveStory();
    renderApp('/?event=e-talks');
    await findTimeline();
    expect(within(details()).getByRole('region', { name: 'Reports disagree' })).toHaveTextContent(
      /On the date:.*9 March 2025 — Radio North.*10 March 2025 — Harbor Daily, Coastal Wire/,
    );
  });

  it('counts support from the passages when the dataset gives no report counts', async () => {
    serveStory((d) => d.events.forEach((e) => delete e.reports));
    renderApp('/?event=e-walkout');
    await findTimeline();
    expect(details()).toHaveTextContent('Reported by 4 documents from 3 sources');
  });

  it('brings an event that a link opens on into view, even far outside the story', async () => {
    serveStory();
    renderApp('/?event=e-founded');
    await findTimeline();
    await waitFor(() => expect(screen.getByRole('option', { name: /^1871/ })).toHaveAttribute('aria-selected', 'true'));
  });

  it('lists search results with dates and passages; the keys move through them and Enter selects and reveals one', async () => {
    serveStory();
    const { user } = renderApp();
    await findTimeline();
    const box = screen.getByRole('searchbox', { name: 'Search events and passages' });
    await user.type(box, 'founded');
    const results = screen.getByRole('list', { name: 'Search results' });
    const first = within(results).getAllByRole('button')[0]!;
    expect(first).toHaveTextContent('1871');
    expect(first).toHaveTextContent('The port was founded');
    expect(first.querySelector('mark')).toHaveTextContent('founded');
    await user.clear(box);
    await user.type(box, 'gate 4');
    const list = screen.getByRole('list', { name: 'Search results' });
    expect(within(list).getAllByRole('button').length).toBeGreaterThan(1);
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(within(list).getAllByRole('button')[0]).toHaveFocus());
    await user.keyboard('{ArrowDown}');
    const second = within(list).getAllByRole('button')[1]!;
    expect(second).toHaveFocus();
    const title = second.querySelector('.event-pick-title')!.textContent!;
    await user.keyboard('{Enter}');
    await waitFor(() => expect(within(details()).getByRole('heading', { level: 2 })).toHaveTextContent(title));
    expect(screen.queryByRole('list', { name: 'Search results' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('option', { name: new RegExp(title) })).toHaveAttribute('aria-selected', 'true'));
  });

  it('selects the first result with Enter in the search box, and reveals an outlier', async () => {
    serveStory();
    const { user } = renderApp();
    await findTimeline();
    await user.type(screen.getByRole('searchbox', { name: 'Search events and passages' }), 'terminal{Enter}');
    await waitFor(() => expect(screen.getByRole('option', { name: /^2031/ })).toHaveAttribute('aria-selected', 'true'));
  });

  it('at the deepest zoom, "+N more" lists the events of the crowded day, and one can be opened', async () => {
    serveStory();
    const { user } = renderApp('/?from=2025-03-05&to=2025-03-19');
    await findTimeline();
    await screen.findByRole('button', { name: /more events? from .*: list them/ });
    // Clicked as found: the row is laid out again as the view settles, and a button found before
    // that may no longer be on the page.
    fireEvent.click(screen.getByRole('button', { name: /more events? from .*: list them/ }));
    const dialog = await screen.findByRole('dialog', { name: /more events?, / });
    const picks = within(dialog).getAllByRole('button', { name: /^12 March 2025/ });
    expect(picks.length).toBeGreaterThan(3);
    expect(picks[0]).toHaveFocus();
    const title = picks[1]!.querySelector('.event-pick-title')!.textContent!;
    await user.click(picks[1]!);
    await waitFor(() => expect(within(details()).getByRole('heading', { level: 2 })).toHaveTextContent(title));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // The window never shrank: the link still spans two weeks.
    expect(window.location.search).toMatch(/from=2025-03-0\d&to=2025-03-[12]\d/);
  });
});
