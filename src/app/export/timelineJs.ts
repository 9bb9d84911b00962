// TimelineJS JSON (https://timeline.knightlab.com/docs/json-format.html), which TimelineJS opens
// as it is: one slide per dated event (TimelineJS needs a start date), each date only as precise
// as the text (a year gives only `year`), the quote as the slide's text and the source as the
// media credit (the media a blockquote naming the document). TimelineJS renders text fields as HTML, so every string from the documents is
// escaped here.
import type { EventTime, TimeBound } from '../../model/dataset.ts';
import type { DatasetIndex } from '../data/buildIndex.ts';
import { formatEventTime } from '../time/formatEventTime.ts';
import { safeHttpUrl } from '../source/safeUrl.ts';
import { claimant, docTitle } from './eventFields.ts';
import { eventLink } from './links.ts';
import { passageText } from '../data/passageText.ts';
import type { DocumentTexts } from '../data/passageText.ts';

export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  display_date?: string;
}

export interface TimelineJsSlide {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  display_date?: string;
  text: { headline: string; text: string };
  media: { url: string; caption: string; credit: string };
  group?: string;
  unique_id: string;
  autolink: false;
}

export interface TimelineJs {
  title: { text: { headline: string; text: string } };
  events: TimelineJsSlide[];
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A bound at its own precision: day and month only when the text gives them. */
export function timelineJsDate(bound: Pick<TimeBound, 'start' | 'granularity'>): TimelineJsDate {
  const [y, m, d] = bound.start.split('-').map(Number) as [number, number, number];
  switch (bound.granularity) {
    case 'day':
    case 'time':
      return { year: y, month: m, day: d };
    case 'month':
      return { year: y, month: m };
    // A week, season, quarter or half starts on a known day but means the whole period: the
    // month it starts in is as precise as TimelineJS can say it; display_date says the rest.
    case 'week':
    case 'season':
    case 'quarter':
    case 'half':
      return { year: y, month: m };
    default:
      return { year: y };
  }
}

function dates(time: EventTime): Pick<TimelineJsSlide, 'start_date' | 'end_date'> {
  const from = time.interval?.from ?? null;
  const to = time.interval?.to ?? null;
  if (!time.interval) return { start_date: timelineJsDate(time) };
  // An open start still needs a start date: the earliest known part of the period.
  const start_date = timelineJsDate(from ?? time);
  return to ? { start_date, end_date: timelineJsDate(to) } : { start_date };
}

/** `texts`: the documents' texts, for each slide's quote (none when its document is missing or differs). */
export function eventsTimelineJs(
  index: DatasetIndex,
  events: readonly number[],
  base: string,
  title: string,
  texts: DocumentTexts,
): TimelineJs {
  const slides: TimelineJsSlide[] = [];
  for (const i of events) {
    const event = index.events[i]!;
    if (!event.time) continue;
    const evidence = event.evidence[0]!;
    const doc = index.docById.get(evidence.docId);
    const who = claimant(index, event);
    // Who says so, and through which outlet; "the document" when it says so in its own voice.
    const credit = [who ?? 'The document itself', doc?.source].filter((s, k, all): s is string => !!s && all.indexOf(s) === k);
    const article = safeHttpUrl(doc?.url ?? null);
    const passage = eventLink(base, event.id);
    const quote = passageText(texts, evidence);
    slides.push({
      ...dates(event.time),
      display_date: formatEventTime(event.time),
      text: { headline: escapeHtml(event.title), text: quote === null ? '' : `<p>“${escapeHtml(quote)}”</p>` },
      // TimelineJS shows any other web address as an image; a blockquote it shows as text. The
      // media is the source document, credited to who says so, with links to the article and to
      // the passage in the app.
      media: {
        url: `<blockquote>${escapeHtml(docTitle(index, evidence.docId))}</blockquote>`,
        credit: escapeHtml(credit.join(' · ')),
        caption: [
          article ? `<a href="${escapeHtml(article)}">Original article</a>` : '',
          `<a href="${escapeHtml(passage)}">The passage in Timeline Explorer</a>`,
        ]
          .filter(Boolean)
          .join(' · '),
      },
      group: event.attribution.certainty,
      unique_id: event.id,
      autolink: false,
    });
  }
  const undated = events.length - slides.length;
  const note = `${slides.length} dated events${undated > 0 ? ` (${undated} without a date are left out: TimelineJS needs one)` : ''}.`;
  return { title: { text: { headline: escapeHtml(title), text: `<p>${note}</p>` } }, events: slides };
}
