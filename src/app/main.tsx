// The app, loaded by boot.ts: one query client for the page, the explorer inside it.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from './App.tsx';
import { ImportProvider } from './collections/ImportProvider.tsx';

// The app's code has arrived and runs (bench/profileUi.ts times the way to the first picture).
performance.mark?.('app-start');
const queryClient = new QueryClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ImportProvider>
        <App />
      </ImportProvider>
    </QueryClientProvider>
  </StrictMode>,
);
