import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { renderApp, findTimeline } from '../fixtures/renderApp.tsx';
import { serve } from '../fixtures/serve.ts';
import { seedDataset, seedDocument, SEED_DOC_ID } from '../fixtures/seed.ts';
import { checkDocument } from '../../../src/app/data/checkDocument.ts';

const serveWithText = (change: (text: string) => string) => {
  const doc = seedDocument();
  serve({ 'data/dataset.json': seedDataset(), [`data/documents/${SEED_DOC_ID}.json`]: { ...doc, text: change(doc.text) } });
};

describe('a document that is not the text the events came from', () => {
  it('accepts the text the dataset describes', async () => {
    const meta = seedDataset().documents[0]!;
    expect(await checkDocument(seedDocument(), meta)).toBeNull();
  });

  it('warns when the length differs, and highlights nothing', async () => {
    serveWithText((text) => `An added first line.\n${text}`);
    renderApp('/?event=e-doha-session');
    await findTimeline();
    expect(await screen.findByRole('alert')).toHaveTextContent(/not the text the events were extracted from.*Passages are not highlighted/);
    expect(screen.getByText(/An added first line/)).toBeInTheDocument();
    expect(document.querySelectorAll('mark')).toHaveLength(0);
  });

  it('warns when the text has the same length but other words', async () => {
    serveWithText((text) => text.replace('Doha', 'Oslo'));
    renderApp('/?event=e-doha-session');
    await findTimeline();
    expect(await screen.findByRole('alert')).toHaveTextContent(/SHA-256 does not match/);
    await waitFor(() => expect(screen.getByText(/Oslo/)).toBeInTheDocument());
    expect(document.querySelectorAll('mark')).toHaveLength(0);
  });
});
