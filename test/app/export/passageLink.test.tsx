import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp, findTimeline } from '../fixtures/renderApp.tsx';
import { serveSeed } from '../fixtures/serve.ts';
import type { Dataset } from '../../../src/model/dataset.ts';

/** The Doha event gets a second passage: the sentence of another event in the same document. */
function twoPassages(dataset: Dataset) {
  const doha = dataset.events.find((e) => e.id === 'e-doha-session')!;
  const other = dataset.events.find((e) => e.id === 'e-last-contact')!;
  doha.evidence.push(other.evidence[0]!);
  doha.corrected = true;
}

describe('a link to a passage', () => {
  it('opens the event at that passage, and the next event at its first', async () => {
    serveSeed(twoPassages);
    const { user } = renderApp('/?event=e-doha-session&passage=1');
    await findTimeline();
    const details = screen.getByRole('complementary', { name: 'Event details' });
    // The passages' words come with their document.
    const list = await within(details).findAllByRole('button', { name: /“/ });
    expect(list[1]).toHaveAttribute('aria-current', 'true');
    expect(await within(details).findByRole('button', { name: 'Copy link to this passage' })).toBeInTheDocument();
    await user.click(list[0]!);
    expect(window.location.search).toBe('?event=e-doha-session');
    await user.click(list[1]!);
    expect(window.location.search).toBe('?event=e-doha-session&passage=1');
    await user.click(screen.getByRole('option', { name: /^2017/ }));
    expect(window.location.search).toBe('?event=e-last-contact');
  });

  it('falls back to the first passage when the event has fewer', async () => {
    serveSeed();
    renderApp('/?event=e-doha-session&passage=5');
    await findTimeline();
    expect(screen.getByRole('button', { name: 'Copy link to this event' })).toBeInTheDocument();
  });

  it('shows that an event was corrected by hand', async () => {
    serveSeed(twoPassages);
    renderApp('/?event=e-doha-session');
    await findTimeline();
    expect(screen.getByText(/corrected by hand/)).toBeInTheDocument();
  });
});

describe('the Export menu', () => {
  it('closes on Escape without closing the open event', async () => {
    serveSeed();
    const { user } = renderApp('/?event=e-doha-session');
    await findTimeline();
    await user.click(screen.getByText('Export'));
    const csv = screen.getByRole('button', { name: /^CSV/ });
    expect(csv).toBeVisible();
    await user.keyboard('{Escape}');
    expect(csv).not.toBeVisible();
    expect(screen.getByRole('complementary', { name: 'Event details' })).toBeInTheDocument();
  });
});
