// Synthetic datasets for the UI benchmark, mixed like real extractor output: mostly days, some
// months and years, periods with fuzzy or open ends, inferred years, undated events, actors in a
// hierarchy, several certainties, saliences of which about half are 0, and documents whose
// offsets are all valid. Deterministic for a
// given size, so runs compare.
import { createHash } from 'node:crypto';
import type { Actor, Dataset, DocumentMeta, DocumentText, TimelineEvent, TimeBound, EventTime } from '../src/model/dataset.ts';
import { CERTAINTIES, SCHEMA_VERSION } from '../src/model/dataset.ts';
import { seeded as rng } from './corpus.ts';

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DAY = 86_400_000;
const FIRST = Date.UTC(1985, 0, 1);
const LAST = Date.UTC(2025, 0, 1);
const VERBS = ['met', 'signed', 'announced', 'rejected', 'proposed', 'attacked', 'negotiated', 'visited', 'reported', 'agreed'];
const NOUNS = ['talks', 'ceasefire', 'summit', 'sanctions', 'agreement', 'exchange', 'inquiry', 'offensive', 'aid package', 'election'];

function bound(start: number, granularity: TimeBound['granularity'], anchor: TimeBound['anchor'], approximate = false): TimeBound {
  const d = new Date(start);
  let end: number;
  let value: string;
  if (granularity === 'year') {
    start = Date.UTC(d.getUTCFullYear(), 0, 1);
    end = Date.UTC(d.getUTCFullYear() + 1, 0, 1);
    value = `${d.getUTCFullYear()}`;
  } else if (granularity === 'month') {
    start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
    end = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    value = iso(start).slice(0, 7);
  } else {
    end = start + DAY;
    value = iso(start);
  }
  return { value, start: iso(start), end: iso(end), granularity, anchor, approximate };
}

function makeTime(r: () => number): EventTime | null {
  const p = r();
  if (p < 0.1) return null;
  const at = FIRST + Math.floor((r() * (LAST - FIRST)) / DAY) * DAY;
  const anchor = r() < 0.08 ? 'inferred' : 'explicit';
  if (p < 0.58) return { ...bound(at, 'day', anchor), mod: null, interval: null };
  if (p < 0.72) return { ...bound(at, 'month', anchor), mod: null, interval: null };
  if (p < 0.82) return { ...bound(at, 'year', anchor), mod: null, interval: null };
  const from = bound(at, r() < 0.5 ? 'month' : 'day', anchor);
  if (p < 0.88) return { ...from, end: from.end, mod: null, interval: { from, to: null, duration: null } };
  const months = 1 + Math.floor(r() * 30);
  const endAt = Date.parse(from.start) + months * 30 * DAY;
  const computed = r() < 0.5;
  const to = bound(endAt, 'month', computed ? 'computed' : 'explicit', computed);
  return { ...from, end: to.end, mod: null, interval: { from, to, duration: computed ? `P${months}M` : null } };
}

/**
 * A salience spread as the extractor's on real news: about half the events 0 (one report among
 * many on their day), the rest over a long tail, so that some events stand out as key events.
 */
function makeSalience(r: () => number): number {
  return r() < 0.5 ? 0 : Math.round(-1000 * Math.log(1 - r())) / 1000;
}

export function generateDataset(size: number): { dataset: Dataset; texts: DocumentText[] } {
  const r = rng(size);
  // A stream of its own, so that every other field is drawn as before.
  const salience = rng(size ^ 0x5a11e);
  const actors: Actor[] = [];
  for (let k = 0; k < 24; k++)
    actors.push({ id: `country-${k}`, name: `Country ${k}`, kind: 'country', aliases: [], parentId: null, mentions: 0 });
  for (let k = 0; k < 60; k++) {
    const kind = (['organization', 'person', 'group', 'media'] as const)[k % 4]!;
    actors.push({
      id: `${kind}-${k}`,
      name: `${kind[0]!.toUpperCase()}${kind.slice(1)} ${k}`,
      kind,
      aliases: [],
      parentId: r() < 0.4 ? `country-${k % 24}` : null,
      mentions: 0,
    });
  }
  const perDoc = 50;
  const documents: DocumentMeta[] = [];
  const texts: DocumentText[] = [];
  const events: TimelineEvent[] = [];
  for (let d = 0; d * perDoc < size; d++) {
    const docId = `doc-${d}`;
    let text = '';
    const mentions: DocumentText['actorMentions'] = [];
    for (let k = 0; k < perDoc && d * perDoc + k < size; k++) {
      const n = d * perDoc + k;
      const a = actors[Math.floor(r() * actors.length)]!;
      const b = actors[Math.floor(r() * actors.length)]!;
      const verb = VERBS[n % VERBS.length]!;
      const noun = NOUNS[Math.floor(r() * NOUNS.length)]!;
      const sentence = `${a.name} ${verb} the ${noun} with ${b.name} in event number ${n}.`;
      const start = text.length;
      text += `${sentence} `;
      const trigger = start + a.name.length + 1;
      mentions.push({ start, end: start + a.name.length, text: a.name, actorId: a.id });
      const certainty = CERTAINTIES[r() < 0.5 ? 0 : Math.floor(r() * 4)]!;
      events.push({
        id: `ev-${n}`,
        title: `${a.name} ${verb} the ${noun} with ${b.name}`,
        time: makeTime(r),
        actorIds: a.id === b.id ? [a.id] : [a.id, b.id],
        attribution: {
          source: certainty === 'stated' ? null : 'officials',
          actorId: null,
          cues: certainty === 'stated' ? [] : ['reportedly'],
          certainty,
        },
        evidence: [
          {
            docId,
            start,
            end: start + sentence.length,
            trigger: { start: trigger, end: trigger + verb.length },
            timex: null,
          },
        ],
        salience: makeSalience(salience),
      });
    }
    documents.push({
      id: docId,
      path: `bench/${docId}.txt`,
      title: `Synthetic report ${d}`,
      date: null,
      sha256: createHash('sha256').update(text).digest('hex'),
      source: 'Benchmark',
      url: null,
      length: text.length,
    });
    texts.push({ id: docId, title: `Synthetic report ${d}`, text, timexes: [], actorMentions: mentions });
  }
  return { dataset: { schemaVersion: SCHEMA_VERSION, documents, actors, events, diagnostics: [] }, texts };
}
