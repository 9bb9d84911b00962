import { describe, expect, it } from 'vitest';
import { parseView, serializeView, EMPTY_VIEW } from '../../../src/app/url/viewState.ts';
import { safeHttpUrl } from '../../../src/app/source/safeUrl.ts';

describe('view state in the URL', () => {
  it('round-trips the selection, filters, search and window', () => {
    const view = { event: 'e 1', actors: ['a', 'b,c'], certainty: ['stated' as const], docs: ['d'], q: 'doha talks', window: [Date.UTC(2024, 0, 1), Date.UTC(2024, 5, 1)] as [number, number] };
    expect(parseView(serializeView(view, ''))).toEqual(view);
  });

  it('carries the passage of the selected event, and only with an event', () => {
    expect(parseView('?event=e1&passage=2')).toMatchObject({ event: 'e1', passage: 2 });
    expect(parseView('?event=e1&passage=-1').passage).toBeUndefined();
    expect(serializeView({ ...EMPTY_VIEW, event: 'e1', passage: 2 }, '')).toBe('?event=e1&passage=2');
    expect(serializeView({ ...EMPTY_VIEW, passage: 2 }, '?passage=2')).toBe('');
  });

  it('keeps parameters that are not its own', () => {
    expect(serializeView({ ...EMPTY_VIEW, event: 'x' }, '?dataset=/b/d.json&event=old')).toBe('?dataset=%2Fb%2Fd.json&event=x');
  });

  it.each([
    ['an unknown certainty', '?certainty=sure&certainty=stated', { certainty: ['stated'] }],
    ['a malformed window', '?from=yesterday&to=2024-01-01', { window: null }],
    ['a window that ends before it starts', '?from=2024-02-01&to=2024-01-01', { window: null }],
    ['repeated actors', '?actor=a&actor=a', { actors: ['a'] }],
  ])('ignores %s', (_, search, expected) => expect(parseView(search)).toMatchObject(expected));
});

describe('safeHttpUrl', () => {
  it.each([
    ['https://example.org/a', 'https://example.org/a'],
    ['http://example.org', 'http://example.org/'],
    ['javascript:alert(1)', null],
    [' JavaScript:alert(1)', null],
    ['data:text/html,<script>', null],
    ['/relative/path', null],
    [null, null],
  ])('%s → %s', (raw, expected) => expect(safeHttpUrl(raw)).toBe(expected));
});
