import { describe, expect, it } from 'vitest';
import { parseView, sameFilters, serializeView, EMPTY_VIEW } from '../../../src/app/url/viewState.ts';
import type { ViewState } from '../../../src/app/url/viewState.ts';
import { safeHttpUrl } from '../../../src/app/source/safeUrl.ts';

describe('view state in the URL', () => {
  it('round-trips the selection, filters, search and window', () => {
    const view: ViewState = {
      ...EMPTY_VIEW,
      event: 'e 1',
      filters: {
        actors: { ids: ['a', 'b,c'], all: true },
        dates: { since: '2024-01-01', until: null },
        certainty: ['stated'],
        docs: ['d'],
      },
      q: 'doha talks',
      window: [Date.UTC(2024, 0, 1), Date.UTC(2024, 5, 1)],
      keys: 12,
      mode: 'lanes',
      by: 'source',
    };
    expect(parseView(serializeView(view, ''))).toEqual(view);
    view.mode = 'documents';
    view.by = 'actor';
    view.read = 'doc-1';
    expect(parseView(serializeView(view, ''))).toEqual(view);
  });

  it.each([
    ['?from=2024-01-01&to=2024-02-01', '?from=2024-03-01&to=2024-04-01', true],
    ['?actor=a&certainty=stated', '?certainty=stated&event=e2&actor=a', true],
    ['', '?q=talks', true],
    ['?actor=a', '?actor=b', false],
    ['?actor=a', '', false],
  ])('tells the same filters of %j and %j (%s), whatever else the links hold', (a, b, same) => {
    expect(sameFilters(parseView(a).filters, parseView(b).filters)).toBe(same);
  });

  it('never writes a window that ends where it starts, however short', () => {
    const day = Date.UTC(2011, 1, 11);
    const search = serializeView({ ...EMPTY_VIEW, window: [day + 3_600_000, day + 7_200_000] }, '');
    expect(search).toBe('?from=2011-02-11&to=2011-02-12');
    expect(parseView(search).window).toEqual([day, day + 86_400_000]);
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
    ['an unknown certainty', '?certainty=sure&certainty=stated', { filters: { certainty: ['stated'] } }],
    ['a malformed window', '?from=yesterday&to=2024-01-01', { window: null }],
    ['a window that ends before it starts', '?from=2024-02-01&to=2024-01-01', { window: null }],
    ['repeated actors', '?actor=a&actor=a', { filters: { actors: { ids: ['a'], all: false } } }],
    ['a malformed date range', '?since=soon&until=2024-13-45', { filters: { dates: { since: null, until: null } } }],
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
