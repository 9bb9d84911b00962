import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp, findTimeline } from '../fixtures/renderApp.tsx';
import { serve, serveSeed } from '../fixtures/serve.ts';
import { seedDataset } from '../fixtures/seed.ts';

describe('loading the dataset', () => {
  it('shows the layout while the dataset loads', async () => {
    serveSeed();
    renderApp();
    expect(screen.getByRole('heading', { name: 'Timeline Explorer' })).toBeInTheDocument();
    expect(screen.getByText('Loading the dataset…')).toBeInTheDocument();
    await findTimeline();
  });

  it('explains a missing dataset and how to produce one', async () => {
    serve({});
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'No dataset yet' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('npm run extract');
    expect(alert).toHaveTextContent('data/dataset.json');
  });

  it('says when the dataset is not valid JSON', async () => {
    serve({ 'data/dataset.json': { raw: '{"schemaVersion": 1, "events": [' } });
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The dataset is not valid JSON');
    expect(alert).not.toHaveTextContent(/at .*\.ts:\d+/);
  });

  it('says the dataset could not be downloaded whole when the download breaks off, not that something went wrong', async () => {
    // The first half arrives and is read; the connection breaks on the next read.
    const half = new TextEncoder().encode('{"schemaVersion": 3, "documents": [');
    let reads = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (reads++ === 0) controller.enqueue(half);
        else controller.error(new TypeError('network error'));
      },
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(body, { headers: { 'content-type': 'application/json' } })),
    );
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'The dataset could not be loaded' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('could not be downloaded whole (network error)');
    expect(alert).not.toHaveTextContent('Something went wrong');
    expect(reads).toBe(2);
  });

  it('says when the dataset has another schema version, and what to do', async () => {
    serve({ 'data/dataset.json': { ...seedDataset(), schemaVersion: 0 } });
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('wrong format');
    expect(alert).toHaveTextContent('schema version 0');
    expect(alert).toHaveTextContent('Re-run the extractor (npm run extract)');
  });

  it('says so when the dataset has no events', async () => {
    serve({ 'data/dataset.json': { ...seedDataset(), events: [] } });
    renderApp();
    expect(await screen.findByRole('heading', { name: 'This dataset has no events' })).toBeInTheDocument();
  });

  it('reads the dataset named by the ?dataset= parameter and resolves documents beside it', async () => {
    const { calls } = serve({ 'bench/x/dataset.json': seedDataset() });
    renderApp('/?dataset=/bench/x/dataset.json');
    await findTimeline();
    expect(calls).toContain('/bench/x/dataset.json');
  });

  it('leaves out records that break a rule, says how many and why, and shows the rest', async () => {
    serveSeed((d) => {
      d.events[0]!.actorIds.push('nobody');
      d.events[1]!.evidence[0]!.end = 999_999;
      (d.events[2] as { evidence: unknown[] }).evidence = [];
    });
    renderApp();
    await findTimeline();
    const banner = await screen.findByText(/3 records were left out/);
    expect(banner).toHaveTextContent('unknown actor id');
    expect(banner).toHaveTextContent('evidence offset out of range');
    expect(screen.getByText(/Showing/)).toHaveTextContent('Showing 16 of 16 events');
  });
});
