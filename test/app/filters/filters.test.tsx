import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp, findTimeline } from '../fixtures/renderApp.tsx';
import { serveSeed } from '../fixtures/serve.ts';

const filters = () => screen.getByRole('complementary', { name: 'Filters' });
const optionNames = () => screen.queryAllByRole('option').map((o) => o.getAttribute('aria-label'));
const summary = () => screen.getByText(/^Showing/).closest('[role="status"]')!;

describe('filters', () => {
  it('lists actors grouped by kind with their event counts, members included', async () => {
    serveSeed();
    renderApp();
    await findTimeline();
    const panel = filters();
    expect(within(panel).getByRole('heading', { name: 'Countries' })).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: 'People' })).toBeInTheDocument();
    const us = within(panel).getByRole('checkbox', { name: /United States/ });
    expect(us.closest('label')).toHaveTextContent('incl. CIA, Jake Sullivan');
    expect(us.closest('label')).toHaveTextContent(/7$/);
  });

  it('narrows the actor list with its search box', async () => {
    serveSeed();
    const { user } = renderApp();
    await findTimeline();
    await user.type(screen.getByRole('searchbox', { name: 'Find an actor' }), 'hez');
    expect(within(filters()).getAllByRole('checkbox', { name: /Hezbollah/ })).toHaveLength(1);
    expect(within(filters()).queryByRole('checkbox', { name: /^Hamas/ })).not.toBeInTheDocument();
  });

  it('shows only events involving the selected actor, and says how many it hides', async () => {
    serveSeed();
    const { user } = renderApp();
    await findTimeline();
    await user.click(screen.getByRole('checkbox', { name: /Egypt/ }));
    expect(optionNames()).toEqual(['2021 – c. November 2022: Egypt-brokered ceasefire lasted 11 months before collapsing']);
    expect(summary()).toHaveTextContent('Showing 1 of 19 events · 18 hidden by filters');
    expect(screen.getByText('hides 18')).toBeInTheDocument();
    expect(window.location.search).toBe('?actor=egypt');
  });

  it('includes the members of a selected country (United States includes the CIA)', async () => {
    serveSeed();
    const { user } = renderApp();
    await findTimeline();
    await user.click(screen.getByRole('checkbox', { name: /United States/ }));
    expect(optionNames()).toContainEqual(expect.stringMatching(/June 10 emergency session in Doha/));
    const undated = screen.getByRole('region', { name: /Undated events/ });
    expect(within(undated).getByRole('button', { name: /Jake Sullivan/ })).toBeInTheDocument();
  });

  it('shows events involving any of several selected actors', async () => {
    serveSeed();
    const { user } = renderApp();
    await findTimeline();
    await user.click(screen.getByRole('checkbox', { name: /Egypt/ }));
    await user.click(screen.getByRole('checkbox', { name: /^CIA/ }));
    expect(optionNames()).toHaveLength(2);
  });

  it('filters by certainty and by document, and one click clears every filter', async () => {
    serveSeed();
    const { user } = renderApp();
    await findTimeline();
    await user.click(screen.getByRole('checkbox', { name: /Claimed/ }));
    expect(summary()).toHaveTextContent('Showing 2 of 19 events');
    await user.click(screen.getByRole('checkbox', { name: /U.S. officials confirm unprecedented/ }));
    expect(summary()).toHaveTextContent('Showing 2 of 19 events');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(summary()).toHaveTextContent('Showing 19 of 19 events');
    expect(screen.queryAllByRole('checkbox', { checked: true })).toHaveLength(0);
  });

  it('asks for all of the chosen actors together, and the link keeps the choice', async () => {
    serveSeed();
    const { user } = renderApp();
    await findTimeline();
    await user.click(screen.getByRole('checkbox', { name: /^Hamas/ }));
    await user.click(screen.getByRole('checkbox', { name: /United States/ }));
    const any = optionNames().length + within(screen.getByRole('region', { name: /Undated events/ })).queryAllByRole('button').length;
    await user.click(screen.getByRole('radio', { name: 'all of them together' }));
    expect(window.location.search).toBe('?actor=hamas&actor=united-states&actors=all');
    const all = optionNames().length + within(screen.getByRole('region', { name: /Undated events/ })).queryAllByRole('button').length;
    expect(all).toBeLessThan(any);
    expect(summary()).toHaveTextContent(`Showing ${all} of 19 events`);
  });

  it('keeps the events within a date range', async () => {
    serveSeed();
    const { user } = renderApp();
    await findTimeline();
    await user.type(screen.getByLabelText('From'), '2024-06-01');
    expect(window.location.search).toBe('?since=2024-06-01');
    expect(optionNames()).toEqual([expect.stringMatching(/June 10 emergency session in Doha/)]);
    expect(screen.getByText(/^hides/, { selector: '.filter-hides' })).toBeInTheDocument();
  });
});
