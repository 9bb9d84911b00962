// Each export as a file: its name, type and contents, from what is on screen. This module loads on
// first use and takes documents through `loadText`, so that it needs no dataset schema of its own. A passage's words are its
// document's text sliced at its offsets: a document whose text differs gives none.
import type { DatasetIndex } from '../data/buildIndex.ts';
import type { DocumentMeta } from '../../model/dataset.ts';
import { drawEnds } from '../timeline/drawEnds.ts';
import { fitDomain } from '../timeline/fitDomain.ts';
import { readPalette } from '../timeline/palette.ts';
import { eventsCsv } from './csv.ts';
import { eventsTimelineJs } from './timelineJs.ts';
import { eventsWebAnnotation, evidenceDocIds } from './webAnnotation.ts';
import type { DocumentTexts } from '../data/passageText.ts';
import { timelineSvg } from './timelineSvg.ts';
import { svgToPng } from './svgToPng.ts';

export interface ExportInput {
  index: DatasetIndex;
  events: number[];
  base: string;
  datasetHref: string;
  window: [number, number] | null;
  /** A document's text, for the passages' words; `mismatch` says why it is not the one the events came from. */
  loadText: (meta: DocumentMeta) => Promise<{ text: string; mismatch: string | null }>;
}

export interface ExportFile {
  name: string;
  type: string;
  content: string | Blob;
  /** Documents whose passages went without their words: not loaded, or not the text the events came from. */
  unread?: number;
}

export type ExportKind = 'csv' | 'timelinejs' | 'annotations' | 'svg' | 'png';

function title(input: ExportInput): string {
  const docs = new Set(input.events.flatMap((i) => input.index.events[i]!.evidence.map((e) => e.docId))).size;
  return `Timeline: ${input.events.length} events from ${docs} ${docs === 1 ? 'document' : 'documents'}`;
}

/**
 * The texts of the documents the events' passages are in. `strict`: a document that cannot be
 * loaded or whose text differs fails the export (an annotation anchors on it); otherwise its
 * passages go without their words, and `unread` counts such documents.
 */
async function loadTexts(input: ExportInput, strict: boolean, firstOnly: boolean): Promise<{ texts: DocumentTexts; unread: number }> {
  const texts = new Map<string, string>();
  let unread = 0;
  for (const id of evidenceDocIds(input.index, input.events, firstOnly)) {
    const meta = input.index.docById.get(id);
    if (!meta) continue;
    const doc = await input.loadText(meta).catch((error: unknown) => {
      if (strict) throw error;
      return null;
    });
    if (doc?.mismatch && strict) throw new Error(`${meta.title || meta.id}: ${doc.mismatch}`);
    if (doc && !doc.mismatch) texts.set(id, doc.text);
    else unread++;
  }
  return { texts, unread };
}

export async function exportFile(kind: ExportKind, input: ExportInput): Promise<ExportFile> {
  const { index, events, base, datasetHref } = input;
  switch (kind) {
    case 'csv': {
      const { texts, unread } = await loadTexts(input, false, true);
      return { name: 'timeline-events.csv', type: 'text/csv;charset=utf-8', content: eventsCsv(index, events, base, texts), unread };
    }
    case 'timelinejs': {
      const { texts, unread } = await loadTexts(input, false, true);
      return {
        name: 'timeline-timelinejs.json',
        type: 'application/json',
        content: json(eventsTimelineJs(index, events, base, title(input), texts)),
        unread,
      };
    }
    case 'annotations': {
      const { texts } = await loadTexts(input, true, false);
      return {
        name: 'timeline-annotations.jsonld',
        type: 'application/ld+json',
        content: json(eventsWebAnnotation(index, events, texts, base, datasetHref, title(input))),
      };
    }
    case 'svg':
    case 'png': {
      const svg = picture(input);
      if (kind === 'svg') return { name: 'timeline.svg', type: 'image/svg+xml', content: svg };
      return { name: 'timeline.png', type: 'image/png', content: await svgToPng(svg) };
    }
  }
}

function picture(input: ExportInput): string {
  const { index, events } = input;
  const drawEnd = drawEnds(index);
  const order = events.filter((i) => index.events[i]!.time !== null);
  const plot = document.querySelector('.plot');
  const width = Math.max(600, Math.round(plot?.clientWidth ?? 1200));
  const window = shownWindow(width) ?? input.window ?? fitDomain(order, index.start, drawEnd, width) ?? [0, 1];
  return timelineSvg(index, { order, drawEnd, window, width, colors: readPalette(plot ?? document.body).certainty, title: title(input) });
}

/**
 * The window the timeline shows, read off its axis: two labelled ticks give the scale (the axis
 * places each at translateX(x(time))). Null when fewer than two are labelled.
 */
function shownWindow(width: number): [number, number] | null {
  const ticks = [...document.querySelectorAll<HTMLElement>('.timeline .axis-tick[data-time]')].map((el) => ({
    ms: Number(el.dataset.time),
    x: Number(/translateX\(([-\d.e]+)px\)/.exec(el.style.transform)?.[1]),
  }));
  const [a, b] = [ticks[0], ticks.at(-1)];
  if (!a || !b || a === b || !Number.isFinite(a.x + b.x + a.ms + b.ms) || b.x === a.x) return null;
  const perPx = (b.ms - a.ms) / (b.x - a.x);
  const axisWidth = document.querySelector<HTMLElement>('.timeline .axis')?.clientWidth || width;
  const from = a.ms - a.x * perPx;
  return [from, from + axisWidth * perPx];
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
