import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp, findTimeline } from '../fixtures/renderApp.tsx';
import { serve, serveSeed } from '../fixtures/serve.ts';
import { seedDataset, seedDocument, SEED_DOC_ID } from '../fixtures/seed.ts';

const details = () => screen.getByRole('complementary', { name: 'Event details' });

describe('event details and the source', () => {
  it('shows the time with its precision and how it was anchored, actors, claimant and certainty', async () => {
    serveSeed();
    const { user } = renderApp();
    await findTimeline();
    await user.click(screen.getByRole('option', { name: /^10 June 2024/ }));
    const panel = details();
    expect(within(panel).getByText('10 June 2024')).toBeInTheDocument();
    expect(within(panel).getByText('date inferred')).toBeInTheDocument();
    expect(panel).toHaveTextContent('Anchored: inferred from context (the year, or a day the article gave earlier)');
    expect(panel).toHaveTextContent('CIAQatarHamas');
    expect(panel).toHaveTextContent('Axios sources — “Axios sources indicate”');
    expect(within(panel).getByText('reported')).toBeInTheDocument();
  });

  it('describes a period with a computed, approximate end', async () => {
    serveSeed();
    const { user } = renderApp('/?event=e-ceasefire');
    await findTimeline();
    const panel = details();
    expect(panel).toHaveTextContent('2021 – c. November 2022');
    expect(panel).toHaveTextContent('lasted 11 months');
    expect(panel).toHaveTextContent('To: c. November 2022 (month, computed from a duration)');
    void user;
  });

  it('highlights the supporting passage with its trigger, date and actor mentions', async () => {
    serveSeed();
    renderApp('/?event=e-doha-session');
    await findTimeline();
    await waitFor(() => expect(document.querySelectorAll('mark').length).toBeGreaterThan(0));
    const passage = [...document.querySelectorAll('mark')].map((m) => m.textContent).join('');
    expect(passage).toBe(
      'Axios sources indicate CIA operatives facilitated a June 10 emergency session in Doha, marking the first direct U.S.-Hamas contact since 2017.',
    );
    expect(document.querySelector('mark.trg')).toHaveTextContent('facilitated');
    expect([...document.querySelectorAll('mark.tmx')].map((m) => m.textContent)).toContain('June 10');
    expect([...document.querySelectorAll('mark.mnt')].map((m) => m.textContent)).toEqual(expect.arrayContaining(['CIA', 'Doha', 'Hamas']));
  });

  it('selects the event of a passage clicked in the text', async () => {
    serveSeed();
    const { user } = renderApp('/?event=e-doha-session');
    await findTimeline();
    await user.click(await screen.findByText('Regional case study: The', { exact: false }));
    expect(await screen.findByRole('heading', { level: 2, name: /Egypt-brokered ceasefire/ })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: /Egypt-brokered/ })).toHaveAttribute('aria-selected', 'true');
  });

  it('lets keyboard users select an event from its trigger in the text', async () => {
    serveSeed();
    const { user } = renderApp('/?event=e-doha-session');
    await findTimeline();
    const trigger = await screen.findByRole('button', { name: 'ceasefire' });
    trigger.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 2, name: /Egypt-brokered ceasefire/ })).toBeInTheDocument();
  });

  it('lists every piece of evidence of an event and shows the one chosen', async () => {
    const dataset = seedDataset();
    const doc = seedDocument();
    const event = dataset.events.find((e) => e.id === 'e-hamas-demand')!;
    const quote = 'The negotiation stalemate centers on Hamas’ demand for 800 prisoner releases';
    const start = doc.text.indexOf(quote);
    event.evidence.push({
      docId: SEED_DOC_ID,
      start,
      end: start + quote.length,
      trigger: { start: start + 41, end: start + 47 },
      timex: null,
    });
    event.evidence.reverse();
    serve({ 'data/dataset.json': dataset, [`data/documents/${SEED_DOC_ID}.json`]: doc });
    const { user } = renderApp('/?event=e-hamas-demand');
    await findTimeline();
    const list = screen.getByRole('region', { name: /Passages \(2\)/ });
    const buttons = within(list).getAllByRole('button');
    expect(buttons).toHaveLength(2);
    await user.click(buttons[1]!);
    await waitFor(() =>
      expect([...document.querySelectorAll('mark')].map((m) => m.textContent).join('')).toContain('versus Israel’s offer'),
    );
  });

  it('shows an error with a retry when the document fails to load, and the timeline keeps working', async () => {
    const { files } = serve({ 'data/dataset.json': seedDataset() });
    const { user } = renderApp('/?event=e-doha-session');
    await findTimeline();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The document could not be loaded');
    files[`data/documents/${SEED_DOC_ID}.json`] = seedDocument();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(document.querySelector('mark')).not.toBeNull());
    await user.click(screen.getByRole('option', { name: /^2017/ }));
    expect(screen.getByRole('heading', { level: 2, name: /Last direct/ })).toBeInTheDocument();
  });

  it('reports an invalid document file in the source panel', async () => {
    serve({ 'data/dataset.json': seedDataset(), [`data/documents/${SEED_DOC_ID}.json`]: { id: SEED_DOC_ID, text: 5 } });
    renderApp('/?event=e-doha-session');
    await findTimeline();
    expect(await screen.findByRole('alert')).toHaveTextContent('The document file is invalid');
  });

  it('closes with its button, and the URL forgets the event', async () => {
    serveSeed();
    const { user } = renderApp('/?event=e-rounds');
    await findTimeline();
    await user.click(screen.getByRole('button', { name: 'Close details' }));
    expect(screen.queryByRole('complementary', { name: 'Event details' })).not.toBeInTheDocument();
    expect(window.location.search).toBe('');
  });
});
