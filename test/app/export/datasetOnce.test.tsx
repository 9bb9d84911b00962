import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from '../../../src/app/App.tsx';
import { startEarlyFetch } from '../../../src/app/data/earlyFetch.ts';
import { datasetUrl } from '../../../src/app/data/datasetUrl.ts';
import { serveSeed } from '../fixtures/serve.ts';

describe('loading the page', () => {
  it('downloads the dataset once, with the early request and StrictMode’s double mount', async () => {
    window.history.replaceState(null, '', '/');
    const { calls } = serveSeed();
    startEarlyFetch(datasetUrl(window.location, document.baseURI));
    render(
      <StrictMode>
        <QueryClientProvider client={new QueryClient()}>
          <App />
        </QueryClientProvider>
      </StrictMode>,
    );
    await screen.findByRole('listbox', { name: 'Events in time order' });
    expect(calls.filter((c) => c.endsWith('dataset.json'))).toEqual(['/data/dataset.json']);
  });
});
