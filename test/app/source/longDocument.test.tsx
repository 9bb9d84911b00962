// A long document is a virtual list: only a window of its text is in the page, and the passage
// shown is always in it, scrolled into view, however far down the document it lies.
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { renderApp, findTimeline } from '../fixtures/renderApp.tsx';
import { serve } from '../fixtures/serve.ts';
import { seedDataset, seedDocument, SEED_DOC_ID } from '../fixtures/seed.ts';

const FAR = 'Jordan closed the Allenby crossing on 3 March 2024.';

function serveLong() {
  const dataset = seedDataset();
  const doc = seedDocument();
  // About 600 kB of text after the article, then one more event at the very end.
  const lines = Array.from({ length: 12_000 }, (_, k) => `Line ${k} of the appendix repeats what the archive kept.\n`).join('');
  const start = doc.text.length + lines.length;
  doc.text = `${doc.text}${lines}${FAR}`;
  dataset.documents[0]!.length = doc.text.length;
  dataset.documents[0]!.sha256 = createHash('sha256').update(doc.text).digest('hex');
  const trigger = start + FAR.indexOf('closed');
  dataset.events.push({
    ...structuredClone(dataset.events[0]!),
    id: 'e-far',
    title: 'Jordan closed the Allenby crossing',
    time: null,
    evidence: [{ docId: SEED_DOC_ID, start, end: start + FAR.length, trigger: { start: trigger, end: trigger + 6 }, timex: null }],
  });
  serve({ 'data/dataset.json': dataset, [`data/documents/${SEED_DOC_ID}.json`]: doc });
  return doc.text.length;
}

const shownText = () => [...document.querySelectorAll('mark.psg-shown')].map((m) => m.textContent).join('');

afterEach(() => vi.restoreAllMocks());

describe('a long document in the source panel', () => {
  it('puts only a window of its text in the page, holding the passage shown at the end, scrolled into view', async () => {
    const length = serveLong();
    const scrolled: string[] = [];
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
      scrolled.push(this.textContent ?? '');
    });
    renderApp('/?event=e-far');
    await findTimeline();
    await waitFor(() => expect(shownText()).toBe(FAR));
    const text = document.querySelector('.source-text')!.textContent!;
    expect(text.length).toBeLessThan(length / 20);
    expect(text).not.toContain('Line 6000 of the appendix');
    // The first run of the passage (it is cut where the trigger and mentions are marked).
    expect(scrolled.at(-1)).toBeTruthy();
    expect(FAR.startsWith(scrolled.at(-1)!)).toBe(true);
  });

  it('brings a passage at the start into the page when its event is chosen from one at the end', async () => {
    serveLong();
    const scrolled: string[] = [];
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
      scrolled.push(this.textContent ?? '');
    });
    const { user } = renderApp('/?event=e-far');
    await findTimeline();
    await waitFor(() => expect(shownText()).toBe(FAR));
    await user.click(screen.getByRole('option', { name: /^10 June 2024/ }));
    await waitFor(() => expect(document.querySelector('mark.trg')).toHaveTextContent('facilitated'));
    expect(document.querySelector('.source-text')!.textContent).not.toContain(FAR);
    expect(shownText()).toMatch(/^Axios sources indicate CIA operatives facilitated/);
    expect(shownText().startsWith(scrolled.at(-1)!)).toBe(true);
  });
});
