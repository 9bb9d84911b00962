import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { renderApp, findTimeline } from '../fixtures/renderApp.tsx';
import { serve } from '../fixtures/serve.ts';
import { seedDataset, seedDocument, SEED_DOC_ID } from '../fixtures/seed.ts';

const SCRIPT = '<script>window.__pwned = 1</script>';
const IMG = '<img src=x onerror="window.__pwned = 2">';

function hostile(url: string) {
  const dataset = seedDataset();
  const doc = seedDocument();
  dataset.documents[0]!.title = `${SCRIPT} javascript:alert(1)`;
  dataset.documents[0]!.url = url;
  dataset.events[0]!.title = `${IMG} Doha`;
  dataset.actors.find((a) => a.id === 'hamas')!.name = `<b onmouseover="x()">Hamas</b>`;
  // Same length, so every offset stays valid: markup where a sentence of the text was.
  const first = doc.text.indexOf('Recent satellite');
  const evil = `${IMG}${SCRIPT}`;
  doc.text = doc.text.slice(0, first) + evil + doc.text.slice(first + evil.length);
  return serve({ 'data/dataset.json': dataset, [`data/documents/${SEED_DOC_ID}.json`]: doc });
}

describe('untrusted text', () => {
  it('renders strings from documents, front matter and the dataset as text, never as markup', async () => {
    hostile('javascript:alert(document.domain)');
    renderApp('/?event=e-doha-session');
    await findTimeline();
    await waitFor(() => expect(document.querySelector('.source-text')).not.toBeNull());
    expect(document.querySelector('script, img, b[onmouseover]')).toBeNull();
    expect(document.querySelector('.source-text')).toHaveTextContent(SCRIPT);
    expect(screen.getByRole('heading', { level: 2, name: /Doha/ })).toHaveTextContent(IMG);
    expect(screen.getAllByText(/<b onmouseover/).length).toBeGreaterThan(0);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('links a front-matter url only when it is http: or https:', async () => {
    hostile('javascript:alert(document.domain)');
    renderApp('/?event=e-doha-session');
    await findTimeline();
    expect(screen.queryByRole('link', { name: 'Original article' })).not.toBeInTheDocument();
    expect(screen.getByText(/javascript:alert\(document.domain\)/)).toBeInTheDocument();
  });

  it('links an https url, opening it safely in a new tab', async () => {
    hostile('https://example.org/story');
    renderApp('/?event=e-doha-session');
    await findTimeline();
    const link = screen.getByRole('link', { name: 'Original article' });
    expect(link).toHaveAttribute('href', 'https://example.org/story');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });
});
