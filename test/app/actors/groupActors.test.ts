import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '../../../src/model/dataset.ts';

const actor = (id: string, name: string, kind: Actor['kind'] = 'country'): Actor => ({
  id,
  name,
  kind,
  aliases: [],
  parentId: null,
  mentions: 0,
});
const countries = [actor('at', 'Österreich'), actor('zm', 'Zambia'), actor('al', 'Albania')];

/** groupActors loaded as in a browser whose default locale is `locale` (sorting without a locale uses it). */
async function groupActorsIn(locale: string) {
  const { Collator } = Intl;
  const InLocale = function (locales?: Intl.LocalesArgument, options?: Intl.CollatorOptions) {
    return new Collator(locales ?? locale, options);
  } as unknown as typeof Intl.Collator;
  vi.stubGlobal('Intl', { ...Intl, Collator: Object.assign(InLocale, { supportedLocalesOf: Collator.supportedLocalesOf }) });
  vi.spyOn(String.prototype, 'localeCompare').mockImplementation(function (
    this: string,
    that: string,
    locales?: Intl.LocalesArgument,
    options?: Intl.CollatorOptions,
  ) {
    return new Collator(locales ?? locale, options).compare(this, that);
  });
  vi.resetModules();
  return (await import('../../../src/app/actors/groupActors.ts')).groupActors;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('groupActors', () => {
  it.each(['en-US', 'sv-SE', 'de-DE'])('orders equally busy actors by name the same way in a %s browser', async (locale) => {
    const groupActors = await groupActorsIn(locale);
    const [group] = groupActors(countries, new Map(), '');
    expect(group!.actors.map((a) => a.name)).toEqual(['Albania', 'Österreich', 'Zambia']);
  });

  it('puts the busiest first, then sorts by name, numbers as numbers', async () => {
    const groupActors = await groupActorsIn('en-US');
    const actors = [...countries, actor('g10', 'Group 10', 'group'), actor('g9', 'Group 9', 'group')];
    const groups = groupActors(actors, new Map([['zm', 3]]), '');
    expect(groups.map((g) => [g.label, g.actors.map((a) => a.name)])).toEqual([
      ['Countries', ['Zambia', 'Albania', 'Österreich']],
      ['Groups', ['Group 9', 'Group 10']],
    ]);
  });

  it('lists products under their own heading, found by an alias too', async () => {
    const groupActors = await groupActorsIn('en-US');
    const player = { ...actor('zune', 'Zune', 'product'), aliases: ['Zunes'] };
    const groups = groupActors([...countries, player, actor('apple', 'Apple', 'organization')], new Map(), 'zunes');
    expect(groups.map((g) => [g.label, g.actors.map((a) => a.name)])).toEqual([['Products', ['Zune']]]);
  });
});
