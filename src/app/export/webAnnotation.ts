// W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/): one annotation per piece
// of evidence, its body the event, its target the passage in its document, found both by quote
// (exact text with some context on each side) and by position (UTF-16 offsets into the text).
import type { DatasetIndex } from '../data/buildIndex.ts';
import { documentUrl } from '../data/datasetUrl.ts';
import { safeHttpUrl } from '../source/safeUrl.ts';
import { claimant } from './eventFields.ts';
import { eventLink } from './links.ts';

/** Characters of context kept on each side of the quote. */
const CONTEXT = 32;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: 'describing';
  body: { type: 'TextualBody'; value: string; format: 'text/plain'; purpose: 'describing' }[];
  target: {
    source: string;
    /** The original article's address, when the document has one. */
    scope?: string;
    selector: [TextQuoteSelector, TextPositionSelector];
  };
}

export interface AnnotationCollection {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; items: Annotation[] };
}

/** The documents of the events' passages (`firstOnly`: of each event's first passage), sorted. */
export function evidenceDocIds(index: DatasetIndex, events: readonly number[], firstOnly = false): string[] {
  const ids = new Set<string>();
  for (const i of events) {
    const evidence = index.events[i]!.evidence;
    for (const e of firstOnly ? evidence.slice(0, 1) : evidence) ids.add(e.docId);
  }
  return [...ids].sort();
}

/** `texts`: each document's text by id; passages in a document that is missing are left out. */
export function eventsWebAnnotation(
  index: DatasetIndex,
  events: readonly number[],
  texts: ReadonlyMap<string, string>,
  base: string,
  datasetHref: string,
  label: string,
): AnnotationCollection {
  const items: Annotation[] = [];
  for (const i of events) {
    const event = index.events[i]!;
    const who = claimant(index, event);
    event.evidence.forEach((ev, k) => {
      const text = texts.get(ev.docId);
      if (text === undefined || ev.end > text.length) return;
      const scope = safeHttpUrl(index.docById.get(ev.docId)?.url ?? null);
      items.push({
        id: eventLink(base, event.id, k),
        type: 'Annotation',
        motivation: 'describing',
        body: [
          { type: 'TextualBody', value: event.title, format: 'text/plain', purpose: 'describing' },
          ...(who
            ? [
                {
                  type: 'TextualBody' as const,
                  value: `Source: ${who} (${event.attribution.certainty})`,
                  format: 'text/plain' as const,
                  purpose: 'describing' as const,
                },
              ]
            : []),
        ],
        target: {
          source: documentUrl(datasetHref, ev.docId),
          ...(scope ? { scope } : {}),
          selector: [
            {
              type: 'TextQuoteSelector',
              exact: text.slice(ev.start, ev.end),
              prefix: text.slice(contextStart(text, ev.start), ev.start),
              suffix: text.slice(ev.end, contextEnd(text, ev.end)),
            },
            { type: 'TextPositionSelector', start: ev.start, end: ev.end },
          ],
        },
      });
    });
  }
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { type: 'AnnotationPage', items },
  };
}

const isLow = (text: string, at: number) => at > 0 && at < text.length && /[\udc00-\udfff]/.test(text[at]!);

/** Where the prefix starts: CONTEXT code units back, never inside a surrogate pair. */
function contextStart(text: string, start: number): number {
  const at = Math.max(0, start - CONTEXT);
  return isLow(text, at) ? at + 1 : at;
}

function contextEnd(text: string, end: number): number {
  const at = Math.min(text.length, end + CONTEXT);
  return isLow(text, at) ? at - 1 : at;
}
