// What went wrong with the dataset's files, as the top bar counts it and its list shows it.
import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { renderApp, findTimeline } from '../fixtures/renderApp.tsx';
import { serve, serveSeed } from '../fixtures/serve.ts';
import { seedDataset, seedDocument, SEED_DOC_ID } from '../fixtures/seed.ts';
import type { Diagnostic } from '../../../src/model/dataset.ts';

const SEED_PATH = 'seeds/000_2b6efa1eab75da58.txt';
const COUNT = { name: /\d+ (error|warning|note)s?/ };
const countButton = () => screen.queryByRole('button', COUNT);
/** The count in the top bar, once its code has loaded. */
const findCount = async () => {
  await findTimeline();
  return screen.findByRole('button', COUNT);
};
const list = () => screen.getByRole('region', { name: 'Problems with the files' });

function serveWith(diagnostics: Diagnostic[]) {
  serveSeed((dataset) => (dataset.diagnostics = diagnostics));
}

async function openList(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await findCount());
  return screen.findByRole('region', { name: 'Problems with the files' });
}

describe('the problems with the files', () => {
  it('adds nothing to the page when there are none', async () => {
    serveSeed();
    renderApp('/?event=e-doha-session');
    await findTimeline();
    // The document is shown, so the app has checked it and found nothing wrong.
    await waitFor(() => expect(document.querySelector('mark.trg')).not.toBeNull());
    // The count's code given every chance to load and draw, were it asked for.
    await act(async () => {
      await import('../../../src/app/status/notices.ts');
    });
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(document.querySelector('.diagnostics-menu, .diagnostics-button')).toBeNull();
    expect(screen.queryByRole('button', { name: /error|warning|note|What went wrong/ })).toBeNull();
    expect(screen.queryByText(/Problems with the files/)).toBeNull();
  });

  it('counts them by severity in the top bar, and lists them by file, errors first', async () => {
    serveWith([
      { path: 'notes/README.md', severity: 'info', message: 'is a folder note (README); skipped' },
      { path: SEED_PATH, severity: 'warning', message: 'is not valid UTF-8 (byte 0xe9 at byte 12); read as Windows-1252 (Latin-1)' },
      { path: 'scan.txt', severity: 'error', message: 'is a binary file (a NUL byte at byte 3), not text; skipped' },
      { path: SEED_PATH, severity: 'error', message: 'changed size while being read' },
    ]);
    const { user } = renderApp();
    expect(await findCount()).toHaveTextContent('2 errors, 1 warning, 1 note');
    expect(countButton()).toHaveAttribute('aria-expanded', 'false');
    const region = await openList(user);
    expect(countButton()).toHaveAttribute('aria-expanded', 'true');
    expect(
      within(region)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['scan.txt', SEED_PATH, 'notes/README.md']);
    const seedFile = within(region)
      .getByRole('heading', { name: `Open ${SEED_PATH}` })
      .closest('li')!;
    const seedItems = within(seedFile).getAllByRole('listitem');
    expect(seedItems.map((li) => li.textContent)).toEqual([
      'ErrorChanged size while being read.',
      'WarningIs not valid UTF-8 (byte 0xe9 at byte 12); read as Windows-1252 (Latin-1).',
    ]);
    expect(within(region).getByText('Is a binary file (a NUL byte at byte 3), not text; skipped.')).toBeInTheDocument();
    // Only a file that is a document of the dataset can be opened.
    expect(within(region).getAllByRole('link')).toHaveLength(1);
  });

  it('opens the document a problem names in the documents view, from the keyboard', async () => {
    serveWith([{ path: SEED_PATH, severity: 'warning', message: 'has no date' }]);
    const { user } = renderApp();
    (await findCount()).focus();
    await user.keyboard('{Enter}');
    const region = await screen.findByRole('region', { name: 'Problems with the files' });
    const link = within(region).getByRole('link', { name: `Open ${SEED_PATH}` });
    expect(link.getAttribute('href')).toContain(`read=${SEED_DOC_ID}`);
    link.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('article', { name: seedDataset().documents[0]!.title })).toBeInTheDocument();
    expect(window.location.search).toContain('view=documents');
    expect(screen.queryByRole('region', { name: 'Problems with the files' })).toBeNull();
  });

  it('are shown over a dataset with no events too, with no document to open there', async () => {
    serveSeed((dataset) => {
      dataset.events = [];
      dataset.diagnostics = [{ path: SEED_PATH, severity: 'warning', message: 'has no text after its front matter' }];
    });
    const { user } = renderApp();
    expect(await screen.findByRole('heading', { name: 'This dataset has no events' })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', COUNT));
    const region = await screen.findByRole('region', { name: 'Problems with the files' });
    expect(region).toHaveTextContent('Has no text after its front matter.');
    expect(within(region).queryByRole('link')).toBeNull();
  });

  it('closes on Escape and gives the focus back to the count', async () => {
    serveWith([{ path: 'a.txt', severity: 'error', message: 'is empty; skipped' }]);
    const { user } = renderApp();
    await openList(user);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Problems with the files' })).toBeNull();
    expect(countButton()).toHaveFocus();
  });

  it('leaves Escape in the search box to the search box, the focus there', async () => {
    serveWith([{ path: 'a.txt', severity: 'error', message: 'is empty; skipped' }]);
    const { user } = renderApp();
    await openList(user);
    const box = screen.getByRole('searchbox', { name: 'Search events and passages' });
    box.focus();
    await user.keyboard('{Escape}');
    expect(box).toHaveFocus();
    expect(countButton()).not.toHaveFocus();
  });

  it('shows names and messages from the files as text, their control characters as signs', async () => {
    const name = '<img src=x onerror="window.__pwned = 3">\u001b[31mred.txt';
    serveWith([{ path: name, severity: 'error', message: 'cannot be read (\u001b[2Jgone\u202eevil); skipped' }]);
    const { user } = renderApp();
    const region = await openList(user);
    expect(document.querySelector('img')).toBeNull();
    expect(within(region).getByRole('heading', { level: 3 })).toHaveTextContent('<img src=x onerror="window.__pwned = 3">[ESC][31mred.txt');
    expect(within(region).getByText('Cannot be read ([ESC][2Jgone[U+202E]evil); skipped.')).toBeInTheDocument();
    // eslint-disable-next-line no-control-regex
    expect(region.textContent).not.toMatch(/[\u0000-\u001f\u202e]/);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('shows a long list a hundred at a time', async () => {
    serveWith(
      Array.from({ length: 230 }, (_, k) => ({
        path: `f${String(k).padStart(3, '0')}.bin`,
        severity: 'warning' as const,
        message: 'is not a document; skipped',
      })),
    );
    const { user } = renderApp();
    const region = await openList(user);
    expect(countButton()).toHaveTextContent('230 warnings');
    expect(within(region).getAllByRole('heading', { level: 3 })).toHaveLength(100);
    await user.click(within(region).getByRole('button', { name: 'Show 100 more (130 not shown)' }));
    await user.click(within(region).getByRole('button', { name: 'Show 30 more (30 not shown)' }));
    expect(within(region).getAllByRole('heading', { level: 3 })).toHaveLength(230);
    expect(within(region).queryByRole('button', { name: /more/ })).toBeNull();
    // The keyboard stays in the list, on the first problem the last click showed.
    expect(document.activeElement?.closest('.diagnostic-file')).toHaveTextContent('f200.bin');
    // A screen reader hears which file the problem is about, and the problem.
    expect(document.activeElement).toHaveAccessibleName('Warning in f200.bin: Is not a document; skipped.');
  });

  it('adds a document the app finds is not the text the events came from', async () => {
    const doc = seedDocument();
    serve({ 'data/dataset.json': seedDataset(), [`data/documents/${SEED_DOC_ID}.json`]: { ...doc, text: `An added line.\n${doc.text}` } });
    const { user } = renderApp('/?event=e-doha-session');
    await findTimeline();
    await waitFor(() => expect(countButton()).toHaveTextContent('1 warning'));
    await user.click(countButton()!);
    const region = list();
    expect(within(region).getByRole('link', { name: `Open ${SEED_PATH}` })).toBeInTheDocument();
    expect(region).toHaveTextContent(/not the text the events were extracted from/);
  });

  it('adds a document that cannot be loaded, as an error', async () => {
    serve({ 'data/dataset.json': seedDataset() });
    renderApp('/?event=e-doha-session');
    await findTimeline();
    await waitFor(() => expect(countButton()).toHaveTextContent('1 error'));
  });
});
