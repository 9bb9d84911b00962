import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp, findTimeline } from '../fixtures/renderApp.tsx';
import { serveSeed } from '../fixtures/serve.ts';

describe('search', () => {
  it('emphasizes events whose title or passage matches, without hiding the others', async () => {
    serveSeed();
    const { user } = renderApp();
    await findTimeline();
    // "Doha" is in two titles; "satellite" only in a passage's text and one title.
    await user.type(screen.getByRole('searchbox', { name: 'Search events and passages' }), 'doha');
    expect(screen.getByText('2 matches')).toBeInTheDocument();
    const matched = screen.getAllByRole('option').filter((o) => o.classList.contains('is-match'));
    expect(matched.map((o) => o.getAttribute('data-event-id')).sort()).toEqual(['e-doha-session', 'e-last-contact']);
    expect(screen.getAllByRole('option')).toHaveLength(4);
    expect(window.location.search).toBe('?q=doha');
  });

  it('searches the text of passages too', async () => {
    serveSeed();
    const { user } = renderApp();
    await findTimeline();
    await user.type(screen.getByRole('searchbox', { name: 'Search events and passages' }), 'closed-door senate');
    // The passages' words come from their documents, fetched when the search starts.
    expect(await screen.findByText('1 match')).toBeInTheDocument();
    const result = screen.getByRole('list', { name: 'Search results' });
    expect(within(result).getByText(/closed-door/i, { selector: 'mark' })).toBeInTheDocument();
    const undated = screen.getByRole('region', { name: /Undated events/ });
    expect(within(undated).getByRole('button', { name: /Jake Sullivan/ })).toHaveClass('is-match');
    expect(within(undated).getByRole('button', { name: /Hamas demands/ })).toHaveClass('is-dim');
  });
});
