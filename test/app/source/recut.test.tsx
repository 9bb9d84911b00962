// Selecting another event of the same document must not cut its text again: on a long document
// that is the expensive step, and the selection only changes which runs are marked.
import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { renderApp, findTimeline } from '../fixtures/renderApp.tsx';
import { serveSeed } from '../fixtures/serve.ts';
import * as segmentsModule from '../../../src/app/source/highlightSegments.ts';

vi.mock('../../../src/app/source/highlightSegments.ts', async (actual) => {
  const module = await actual<typeof segmentsModule>();
  return { ...module, highlightSegments: vi.fn(module.highlightSegments) };
});

describe('the source text', () => {
  it('is cut into runs once per document, not again for each event selected in it', async () => {
    serveSeed();
    const { user } = renderApp('/?event=e-doha-session');
    await findTimeline();
    await waitFor(() => expect(document.querySelector('mark.trg')).toHaveTextContent('facilitated'));
    const cut = vi.mocked(segmentsModule.highlightSegments);
    const before = cut.mock.calls.length;
    expect(before).toBeGreaterThan(0);
    await user.click(await screen.findByText('Regional case study: The', { exact: false }));
    expect(await screen.findByRole('heading', { level: 2, name: /Egypt-brokered ceasefire/ })).toBeInTheDocument();
    await waitFor(() => expect(document.querySelector('mark.trg')).toHaveTextContent('ceasefire'));
    expect(cut.mock.calls.length).toBe(before);
  });
});
