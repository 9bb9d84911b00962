import { describe, expect, it } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import { renderApp, findTimeline } from '../fixtures/renderApp.tsx';
import { serveSeed } from '../fixtures/serve.ts';

describe('the URL holds the view', () => {
  it('reopens the selected event, the filters and the search from a shared link', async () => {
    serveSeed();
    renderApp('/?event=e-doha-session&actor=hamas&certainty=reported&q=doha');
    await findTimeline();
    expect(screen.getByRole('heading', { level: 2, name: /June 10 emergency session in Doha/ })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /^Hamas/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Reported/ })).toBeChecked();
    expect(screen.getByRole('searchbox', { name: 'Search events and passages' })).toHaveValue('doha');
    expect(screen.getByRole('option', { name: /^10 June 2024/ })).toHaveAttribute('aria-selected', 'true');
  });

  it('reopens the visible time window', async () => {
    serveSeed();
    renderApp('/?from=2024-04-01&to=2024-08-01');
    await findTimeline();
    // Only the 2024 events fall inside the window; the zoom buttons know we are zoomed in.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Fit all' })).toBeEnabled());
    const names = screen.getAllByRole('option').map((o) => o.getAttribute('aria-label'));
    expect(names).toHaveLength(2);
    expect(names.join()).not.toContain('2017');
  });

  it('goes back and forward through selections and filters', async () => {
    serveSeed();
    const { user } = renderApp();
    await findTimeline();
    await user.click(screen.getByRole('option', { name: /^2017/ }));
    await user.click(screen.getByRole('checkbox', { name: /Egypt/ }));
    expect(window.location.search).toBe('?event=e-last-contact&actor=egypt');
    await act(async () => {
      window.history.back();
      await new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    });
    expect(screen.getByRole('checkbox', { name: /Egypt/ })).not.toBeChecked();
    expect(screen.getByRole('heading', { level: 2, name: /Last direct/ })).toBeInTheDocument();
    await act(async () => {
      window.history.back();
      await new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    });
    expect(screen.queryByRole('heading', { level: 2, name: /Last direct/ })).not.toBeInTheDocument();
    await act(async () => {
      window.history.forward();
      await new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    });
    expect(screen.getByRole('heading', { level: 2, name: /Last direct/ })).toBeInTheDocument();
  });

  it('keeps parameters that are not its own, such as ?dataset=', async () => {
    const { serve } = await import('../fixtures/serve.ts');
    const { seedDataset } = await import('../fixtures/seed.ts');
    serve({ 'bench/x/dataset.json': seedDataset() });
    const { user } = renderApp('/?dataset=/bench/x/dataset.json');
    await findTimeline();
    await user.click(screen.getByRole('option', { name: /^2017/ }));
    expect(window.location.search).toBe('?dataset=%2Fbench%2Fx%2Fdataset.json&event=e-last-contact');
  });
});

describe('a link that names a document this dataset does not hold', () => {
  it('shows the document as chosen and not in this dataset, and letting it go shows every event', async () => {
    serveSeed();
    const { user } = renderApp('/?doc=egyptianprot-29a6ea');
    await findTimeline();
    const missing = screen.getByRole('checkbox', { name: /egyptianprot-29a6ea\s*not in this dataset/ });
    expect(missing).toBeChecked();
    expect(screen.getByText(/^Showing/).parentElement).toHaveTextContent(/Showing 0 of/);
    await user.click(missing);
    expect(window.location.search).toBe('');
    expect(screen.queryByRole('checkbox', { name: /egyptianprot-29a6ea/ })).toBeNull();
    expect(screen.getByText(/^Showing/).parentElement).not.toHaveTextContent(/hidden by filters/);
  });
});
