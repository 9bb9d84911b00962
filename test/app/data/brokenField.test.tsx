// An event whose fields the timeline reads are sound but another field breaks the schema: it is
// drawn with the rest, and its details say what could not be read instead of the page failing.
import { expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../fixtures/renderApp.tsx';
import { serveStory } from '../fixtures/story.ts';
import { installFakeCanvas } from '../fixtures/fakeCanvas.ts';

installFakeCanvas();

it('shows an event with a broken field and says in its details what was left out', async () => {
  serveStory((dataset) => {
    const event = dataset.events.find((e) => e.id === 'e-walkout')!;
    (event as { roles: unknown }).roles = 'picket line';
  });
  renderApp('/?event=e-walkout');
  const details = await screen.findByRole('complementary', { name: 'Event details' }, { timeout: 10_000 });
  expect(within(details).getByRole('heading', { level: 2 })).toHaveTextContent('Dock workers walked out');
  expect(within(details).getByRole('note')).toHaveTextContent(/^Part of this event could not be read and is left out: roles \(.+\)\.$/);
  expect(screen.queryByText(/could not be loaded|went wrong/i)).toBeNull();
});

it('says nothing of the kind for an event read whole', async () => {
  serveStory();
  renderApp('/?event=e-walkout');
  const details = await screen.findByRole('complementary', { name: 'Event details' }, { timeout: 10_000 });
  expect(within(details).getByRole('heading', { level: 2 })).toHaveTextContent('Dock workers walked out');
  expect(within(details).queryByRole('note')).toBeNull();
});
