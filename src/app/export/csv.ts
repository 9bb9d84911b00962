// CSV: one row per event, for spreadsheets and pandas. Cells that a spreadsheet would run as a
// formula (starting with = + - @) are prefixed with an apostrophe by papaparse.
import Papa from 'papaparse';
import type { DatasetIndex } from '../data/buildIndex.ts';
import { actorNames, claimant, docTitle } from './eventFields.ts';
import { reportsOf } from '../story/supportOf.ts';
import { eventLink } from './links.ts';
import { passageText } from '../data/passageText.ts';
import type { DocumentTexts } from '../data/passageText.ts';

export const CSV_COLUMNS = [
  'id',
  'date',
  'start',
  'end',
  'precision',
  'anchor',
  'title',
  'actors',
  'claimant',
  'certainty',
  'support',
  'document',
  'quote',
  'link',
] as const;

/** `texts`: the documents' texts, for the quote (empty when its document is missing or differs). */
export function eventsCsv(index: DatasetIndex, events: readonly number[], base: string, texts: DocumentTexts): string {
  const rows = events.map((i) => {
    const event = index.events[i]!;
    const time = event.time;
    const evidence = event.evidence[0]!;
    return [
      event.id,
      time?.value ?? '',
      time?.start ?? '',
      time?.end ?? '',
      time?.granularity ?? '',
      time?.anchor ?? '',
      event.title,
      actorNames(index, event).join('; '),
      claimant(index, event) ?? '',
      event.attribution.certainty,
      reportsOf(index, i).documents,
      docTitle(index, evidence.docId),
      passageText(texts, evidence) ?? '',
      eventLink(base, event.id),
    ];
  });
  // CRLF as RFC 4180 writes it; a byte order mark so that spreadsheets read the text as UTF-8.
  return '\ufeff' + Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n', escapeFormulae: true });
}
