import { describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
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

  it('gives its passages no words in the details, and says why', async () => {
    const dataset = seedDataset();
    const doha = dataset.events.find((e) => e.id === 'e-doha-session')!;
    doha.evidence.push(dataset.events.find((e) => e.id === 'e-last-contact')!.evidence[0]!);
    const doc = seedDocument();
    serve({ 'data/dataset.json': dataset, [`data/documents/${SEED_DOC_ID}.json`]: { ...doc, text: doc.text.replace('Doha', 'Oslo') } });
    renderApp('/?event=e-doha-session');
    await findTimeline();
    const details = screen.getByRole('complementary', { name: 'Event details' });
    expect(await within(details).findAllByText(/The passage is not shown/)).toHaveLength(2);
    expect(within(details).queryAllByRole('button', { name: /“/ })).toHaveLength(0);
  });

  it('is never searched: only titles match', async () => {
    serveWithText((text) => text.replace('Doha', 'Oslo'));
    const { user } = renderApp();
    await findTimeline();
    await user.type(screen.getByRole('searchbox', { name: 'Search events and passages' }), 'closed-door senate');
    expect(await screen.findByText('No event or passage matches.')).toBeInTheDocument();
    expect(screen.getByText('0 matches')).toBeInTheDocument();
  });
});

describe('a document that cannot be loaded', () => {
  const serveWithout = () => serve({ 'data/dataset.json': seedDataset(), [`data/documents/${SEED_DOC_ID}.json`]: { status: 500 } });

  it('leaves its passages without words in the details, and says why', async () => {
    const dataset = seedDataset();
    const doha = dataset.events.find((e) => e.id === 'e-doha-session')!;
    doha.evidence.push(dataset.events.find((e) => e.id === 'e-last-contact')!.evidence[0]!);
    serve({ 'data/dataset.json': dataset, [`data/documents/${SEED_DOC_ID}.json`]: { status: 500 } });
    renderApp('/?event=e-doha-session');
    await findTimeline();
    const details = screen.getByRole('complementary', { name: 'Event details' });
    expect(await within(details).findAllByText(/The passage is not shown: the document could not be loaded \(.*HTTP 500/)).toHaveLength(2);
    expect(within(details).queryAllByRole('button', { name: /“/ })).toHaveLength(0);
  });

  it('tells a search that its passages were not searched', async () => {
    serveWithout();
    const { user } = renderApp();
    await findTimeline();
    await user.type(screen.getByRole('searchbox', { name: 'Search events and passages' }), 'closed-door senate');
    expect(await screen.findByText(/Titles only for 1 document: its text could not be loaded/)).toBeInTheDocument();
  });

  it('prints the passages without words, and the printout and the status say so', async () => {
    serveWithout();
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const { user } = renderApp();
    await findTimeline();
    await user.click(screen.getByText('Export', { exact: true }));
    await user.click(screen.getByRole('button', { name: /^Print/ }));
    await waitFor(() => expect(print).toHaveBeenCalled());
    expect(screen.getByText(/Printed without the words of 1 document/)).toHaveAttribute('role', 'status');
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(document.querySelector('.print-sheet .print-note')).toHaveTextContent(
      /Passages from 1 document are printed without their words/,
    );
    expect(document.querySelectorAll('.print-sheet blockquote p')).toHaveLength(0);
  });

  it('exports a CSV whose passages have no words, and the status says so', async () => {
    serveWithout();
    const saved: Blob[] = [];
    vi.stubGlobal(
      'URL',
      Object.assign(URL, { createObjectURL: (blob: Blob) => (saved.push(blob), 'blob:csv'), revokeObjectURL: () => {} }),
    );
    const { user } = renderApp();
    await findTimeline();
    await user.click(screen.getByText('Export', { exact: true }));
    await user.click(screen.getByRole('button', { name: /^CSV/ }));
    expect(await screen.findByText(/Saved timeline-events.csv .* The passages of 1 document have no words/)).toHaveAttribute(
      'role',
      'status',
    );
    expect(saved).toHaveLength(1);
    expect(await saved[0]!.text()).not.toContain('closed-door');
  });
});
