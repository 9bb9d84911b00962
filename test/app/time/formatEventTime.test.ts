import { describe, expect, it } from 'vitest';
import { formatEventTime } from '../../../src/app/time/formatEventTime.ts';
import { ordinal } from '../../../src/app/time/ordinal.ts';
import { formatDuration, isReportedBy, precisionNotes } from '../../../src/app/time/describePrecision.ts';
import { eventName } from '../../../src/app/time/eventName.ts';
import type { EventTime, TimeBound } from '../../../src/model/dataset.ts';
import { timeBound as b } from '../../model/timeBound.ts';

const t = (bound: TimeBound, interval: EventTime['interval'] = null): EventTime => ({ ...bound, mod: null, interval });

/** An event titled "Talks" at `time`, with nothing else to show. */
const talks = (time: EventTime) => ({
  id: 'x',
  title: 'Talks',
  time,
  actorIds: [],
  attribution: { source: null, actorId: null, cues: [], certainty: 'stated' as const },
  evidence: [],
});

describe('formatEventTime never claims more precision than the text gives', () => {
  it.each([
    ['a day', t(b('2024-06-10', '2024-06-10', '2024-06-11', 'day')), '10 June 2024'],
    ['a month', t(b('2024-05', '2024-05-01', '2024-06-01', 'month')), 'May 2024'],
    ['a year', t(b('2017', '2017-01-01', '2018-01-01', 'year')), '2017'],
    ['a decade', t(b('199', '1990-01-01', '2000-01-01', 'decade')), '1990s'],
    ['the first decade of a century', t(b('200', '2000-01-01', '2010-01-01', 'decade')), '2000s'],
    ['a century (the 1900s)', t(b('19', '1900-01-01', '2000-01-01', 'century')), '20th century'],
    ['the 21st century', t(b('20', '2000-01-01', '2100-01-01', 'century')), '21st century'],
    ['the 22nd century', t(b('21', '2100-01-01', '2200-01-01', 'century')), '22nd century'],
    ['the 3rd century', t(b('02', '0200-01-01', '0300-01-01', 'century')), '3rd century'],
    ['the 12th century', t(b('11', '1100-01-01', '1200-01-01', 'century')), '12th century'],
    ['an approximate century', t(b('18', '1800-01-01', '1900-01-01', 'century', { approximate: true })), 'c. 19th century'],
    [
      'a period from a decade to a century',
      t(b('198', '1980-01-01', '2100-01-01', 'decade'), {
        from: b('198', '1980-01-01', '1990-01-01', 'decade'),
        to: b('20', '2000-01-01', '2100-01-01', 'century'),
        duration: null,
      }),
      '1980s – 21st century',
    ],
    ['a quarter', t(b('2024-Q2', '2024-04-01', '2024-07-01', 'quarter')), 'Q2 2024'],
    ['an approximate year', t(b('2022', '2022-01-01', '2023-01-01', 'year', { approximate: true })), 'c. 2022'],
    [
      'an open period',
      t(b('2024-05', '2024-05-01', '2024-06-01', 'month'), {
        from: b('2024-05', '2024-05-01', '2024-06-01', 'month'),
        to: null,
        duration: null,
      }),
      'since May 2024',
    ],
    [
      'a closed period',
      t(b('2021', '2021-01-01', '2022-12-01', 'year'), {
        from: b('2021', '2021-01-01', '2022-01-01', 'year'),
        to: b('2022-11', '2022-11-01', '2022-12-01', 'month', { approximate: true }),
        duration: 'P11M',
      }),
      '2021 – c. November 2022',
    ],
  ])('%s', (_, time, expected) => expect(formatEventTime(time)).toBe(expected));

  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [10, '10th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [14, '14th'],
    [21, '21st'],
    [22, '22nd'],
    [23, '23rd'],
    [100, '100th'],
    [101, '101st'],
    [102, '102nd'],
    [111, '111th'],
    [112, '112th'],
    [113, '113th'],
    [121, '121st'],
  ])('writes %i as the ordinal "%s"', (n, words) => expect(ordinal(n)).toBe(words));

  it('says when a date was inferred (its year, or a day told earlier), in the notes and in the accessible name', () => {
    const time = t(b('2024-06-10', '2024-06-10', '2024-06-11', 'day', { anchor: 'inferred' }));
    expect(precisionNotes(time)).toEqual(['precise to the day', 'date inferred']);
    expect(eventName(talks(time))).toBe('10 June 2024 (date inferred): Talks');
  });

  it('shows an event known only by its publication date as "by" that date, never as a day', () => {
    const time: EventTime = {
      ...b('2011-02-11', '2011-02-11', '2011-02-12', 'day', { anchor: 'document', approximate: true }),
      mod: 'ON_OR_BEFORE',
      interval: null,
    };
    expect(formatEventTime(time)).toBe('by 11 February 2011');
    expect(precisionNotes(time)).toEqual(['no date in the text', 'reported by 11 February 2011']);
    expect(precisionNotes(time).join(' ')).not.toMatch(/precise to the day/);
    expect(eventName(talks(time))).toBe('by 11 February 2011: Talks');
  });

  it('shows an event bounded by the day a source spoke ("…, the minister said Tuesday") as "by" that day, never as a day', () => {
    const time: EventTime = {
      ...b('2026-06-09', '2026-06-09', '2026-06-10', 'day', { anchor: 'relative', approximate: true }),
      mod: 'ON_OR_BEFORE',
      interval: null,
    };
    expect(formatEventTime(time)).toBe('by 9 June 2026');
    expect(precisionNotes(time)).toEqual(['no date of its own in the text', 'said by 9 June 2026']);
    expect(isReportedBy(time)).toBe(true);
    expect(isReportedBy({ ...time, mod: null })).toBe(false);
  });

  it.each([
    ['P11M', '11 months'],
    ['P1Y', '1 year'],
    ['P3D', '3 days'],
    ['PXY', 'some years'],
    ['PT5H', '5 hours'],
    ['P2Q', '2 quarters'],
    ['PXE', 'some decades'],
    ['P1C', '1 century'],
    ['PXC', 'some centuries'],
    ['P3Y6M', 'P3Y6M'],
  ])('reads duration %s as "%s"', (iso, words) => expect(formatDuration(iso)).toBe(words));
});
