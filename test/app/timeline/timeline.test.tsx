import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp, findTimeline } from '../fixtures/renderApp.tsx';
import { serveSeed } from '../fixtures/serve.ts';

describe('the timeline', () => {
  it('lists the dated events in time order, named with their date and title', async () => {
    serveSeed();
    renderApp();
    const list = await findTimeline();
    const names = within(list)
      .getAllByRole('option')
      .map((o) => o.getAttribute('aria-label'));
    expect(names).toEqual([
      '2017: Last direct U.S.–Hamas contact before the Doha session',
      '2021 – c. November 2022: Egypt-brokered ceasefire lasted 11 months before collapsing',
      'since May 2024: Three undisclosed negotiation rounds since May 2024',
      '10 June 2024 (date inferred): CIA operatives facilitated a June 10 emergency session in Doha',
    ]);
  });

  it('places later events further right', async () => {
    serveSeed();
    renderApp();
    const list = await findTimeline();
    const lefts = within(list)
      .getAllByRole('option')
      .map((o) => parseFloat(o.style.left));
    expect([...lefts].sort((a, b) => a - b)).toEqual(lefts);
  });

  it('moves between events with the arrow keys and opens one with Enter', async () => {
    serveSeed();
    const { user } = renderApp();
    const list = await findTimeline();
    await user.tab();
    await user.tab();
    await user.tab();
    list.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    const active = document.getElementById(list.getAttribute('aria-activedescendant')!);
    expect(active).toHaveAccessibleName(/^10 June 2024/);
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 2, name: /June 10 emergency session in Doha/ })).toBeInTheDocument();
    expect(window.location.search).toContain('event=e-doha-session');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('heading', { level: 2, name: /Doha/ })).not.toBeInTheDocument();
  });

  it('selects an event when its mark is clicked', async () => {
    serveSeed();
    const { user } = renderApp();
    await findTimeline();
    await user.click(screen.getByRole('option', { name: /^2017/ }));
    expect(screen.getByRole('option', { name: /^2017/ })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('heading', { level: 2, name: /Last direct/ })).toBeInTheDocument();
  });

  it('offers zoom in, zoom out and fit; fit is disabled at the overview', async () => {
    serveSeed();
    const { user } = renderApp();
    await findTimeline();
    const fit = screen.getByRole('button', { name: 'Fit all' });
    expect(fit).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    await screen.findByRole('button', { name: 'Fit all' }, {});
    await waitEnabled(fit);
    await user.click(fit);
    await waitDisabled(fit);
  });

  it('lists undated events beside the timeline, and they open the same way', async () => {
    serveSeed();
    const { user } = renderApp();
    await findTimeline();
    const undated = screen.getByRole('region', { name: /Undated events/ });
    const items = within(undated).getAllByRole('button');
    expect(items).toHaveLength(15);
    await user.click(within(undated).getByRole('button', { name: /Hamas demands 800 prisoner releases/ }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Hamas demands 800 prisoner releases' })).toBeInTheDocument();
    expect(screen.getByText(/No date in the text/)).toBeInTheDocument();
  });
});

async function waitEnabled(button: HTMLElement) {
  const { waitFor } = await import('@testing-library/react');
  await waitFor(() => expect(button).toBeEnabled());
}

async function waitDisabled(button: HTMLElement) {
  const { waitFor } = await import('@testing-library/react');
  await waitFor(() => expect(button).toBeDisabled());
}
