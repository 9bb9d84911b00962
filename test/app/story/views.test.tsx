// The lanes view (a row per actor, document or source) and the documents view, on the story fixture.
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp, findTimeline } from '../fixtures/renderApp.tsx';
import { serveStory, storyDataset } from '../fixtures/story.ts';
import { buildIndex } from '../../../src/app/data/buildIndex.ts';
import { laneRows } from '../../../src/app/lanes/laneRows.ts';

const details = () => screen.getByRole('complementary', { name: 'Event details' });

describe('laneRows', () => {
  const index = buildIndex(storyDataset(), []);
  it('gives each chosen actor its events, members included, in time order', () => {
    const rows = laneRows(index, index.dated, 'actor', ['velmora', 'dockworkers-union']);
    expect(rows.map((r) => r.name)).toEqual(['Velmora', 'Dockworkers Union']);
    // Velmora includes its mayor and its ministry.
    expect([...rows[0]!.items].map((i) => index.events[i]!.id)).toEqual(['e-calm', 'e-thanks']);
    const starts = [...rows[1]!.items].map((i) => index.start[i]!);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('groups a source’s documents in one row, the busiest source first', () => {
    const rows = laneRows(index, index.dated, 'source', []);
    expect(rows[0]!.name).toBe('Harbor Daily');
    expect(rows.map((r) => r.name).sort()).toEqual(['Coastal Wire', 'Evening Ledger', 'Harbor Daily', 'Radio North']);
  });
});

describe('the lanes view', () => {
  it('shows one row per chosen actor, with the events of each as marks that open them', async () => {
    serveStory();
    const { user } = renderApp('/?actor=ilse-varga&actor=transport-ministry');
    await findTimeline();
    await user.click(screen.getByRole('button', { name: 'Lanes' }));
    expect(window.location.search).toContain('view=lanes');
    const mayor = await screen.findByRole('list', { name: /^Ilse Varga: 2 events in view/ });
    const ministry = screen.getByRole('list', { name: /^Transport Ministry: 1 event in view/ });
    expect(within(ministry).getByRole('button', { name: /21 March 2025: Mayor Ilse Varga thanked the mediator/ })).toBeInTheDocument();
    await user.click(within(mayor).getByRole('button', { name: /4 March 2025: Mayor Ilse Varga called for calm/ }));
    expect(within(details()).getByRole('heading', { level: 2 })).toHaveTextContent('called for calm');
    await user.click(within(screen.getByRole('group', { name: 'One row per' })).getByRole('button', { name: 'Source' }));
    expect(screen.getByRole('list', { name: /^Radio North: / })).toBeInTheDocument();
  });
});

describe('the documents view', () => {
  it('lists every document with its source, date and number of events, and opens one whole', async () => {
    serveStory();
    const { user } = renderApp();
    await findTimeline();
    await user.click(screen.getByRole('button', { name: 'Documents' }));
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(6);
    expect(rows[0]).toHaveTextContent(/Dock workers walk out at Port Velmora\s*Harbor Daily\s*2025-03-03\s*4/);
    expect(rows.find((r) => r.textContent!.includes('Evening Ledger'))).toHaveTextContent('same text as Coastal Wire');
    await user.click(within(table).getByRole('button', { name: 'Talks open between union and port' }));
    expect(window.location.search).toBe('?view=documents&read=radio-north-talks');
    const reader = screen.getByRole('article', { name: 'Talks open between union and port' });
    await waitFor(() => expect(reader).toHaveTextContent('The Transport Ministry sent a mediator.'));
    // Its undated event is listed with it, and opens like any other.
    await user.click(within(reader).getByText(/1 undated event in this document/));
    await user.click(within(reader).getByRole('button', { name: /The Transport Ministry sent a mediator/ }));
    expect(within(details()).getByRole('heading', { level: 2 })).toHaveTextContent('The Transport Ministry sent a mediator');
  });

  it('groups undated events by their document beside the timeline', async () => {
    serveStory();
    renderApp();
    await findTimeline();
    const undated = screen.getByRole('region', { name: /Undated events/ });
    const headings = within(undated)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(headings).toEqual([
      'Dock workers walk out at Port Velmora',
      'Port Velmora strike halts shipping',
      'Talks open between union and port',
    ]);
  });
});
