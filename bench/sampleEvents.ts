// npm run sample -- DATASET_DIR [--n 40] [--seed 1] [--merged | --apart]: a sheet for a blind read.
// Draws events at random (a fixed seed gives the same draw) and prints, for each, the passage and
// the document's date as the reader sees them, then what the extractor made of it (trigger, time,
// participants with roles). --merged draws only events told by two or more documents and lists
// every passage, for checking that a merge joined reports of one occurrence. --apart draws pairs
// left apart that came closest to a merge (same day, from different documents, a participant in
// common), for checking that they really are different occurrences.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { DocumentText, TimelineEvent } from '../src/model/dataset.ts';
import { validateDataset } from '../src/model/validate.ts';
import { seeded } from './corpus.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    n: { type: 'string', default: '40' },
    seed: { type: 'string', default: '1' },
    merged: { type: 'boolean' },
    apart: { type: 'boolean' },
  },
});
const dir = positionals[0];
if (!dir) {
  console.error('usage: npm run sample -- DATASET_DIR [--n 40] [--seed 1] [--merged | --apart]');
  process.exit(2);
}
// Through the schema: the file leaves out fields at their default, which reading fills in.
const { dataset } = validateDataset(JSON.parse(fs.readFileSync(path.join(dir, 'dataset.json'), 'utf8')));
const texts = new Map<string, string>();
const textOf = (id: string) => {
  if (!texts.has(id)) texts.set(id, (JSON.parse(fs.readFileSync(path.join(dir, 'documents', `${id}.json`), 'utf8')) as DocumentText).text);
  return texts.get(id)!;
};

const actorName = new Map(dataset.actors.map((a) => [a.id, `${a.name} (${a.kind})`]));
const docOf = new Map(dataset.documents.map((d) => [d.id, d]));
if (values.apart) {
  printApart();
  process.exit(0);
}

const pool = values.merged ? dataset.events.filter((e) => new Set(e.evidence.map((x) => x.docId)).size > 1) : dataset.events;
const next = seeded(Number(values.seed));
const order = pool.map((e) => ({ e, k: next() })).sort((a, b) => a.k - b.k);
const drawn = order.slice(0, Number(values.n)).map((x) => x.e);

function describeTime(e: TimelineEvent): string {
  if (!e.time) return 'undated';
  const t = e.time;
  const span = t.interval ? ` (from ${t.interval.from?.value ?? 'open'} to ${t.interval.to?.value ?? 'open'})` : '';
  // A bound is no date it happened on: the sheet says "by", as the app does.
  const bound = t.mod === 'ON_OR_BEFORE' ? (t.anchor === 'document' ? 'by the publication date ' : 'by the day a source spoke, ') : '';
  const mod = t.mod && t.mod !== 'ON_OR_BEFORE' ? `, mod ${t.mod}` : '';
  return `${bound}${t.value}${span}, ${t.granularity}, anchor ${t.anchor}${t.approximate ? ', approximate' : ''}${mod}`;
}

console.log(`# ${values.merged ? 'Merged events' : 'Events'}: ${drawn.length} of ${pool.length} drawn with seed ${values.seed}\n`);
drawn.forEach((e, i) => {
  console.log(`## ${i + 1}. ${e.id}\n`);
  for (const ev of values.merged ? e.evidence : e.evidence.slice(0, 1)) printPassage(ev);
  printExtracted(e);
});

function printPassage(ev: TimelineEvent['evidence'][number]): void {
  const doc = docOf.get(ev.docId);
  const text = textOf(ev.docId);
  const trigger = text.slice(ev.trigger.start, ev.trigger.end);
  console.log(`- document ${ev.docId} (published ${doc?.date ?? 'undated'}${doc?.source ? `, ${doc.source}` : ''}); trigger “${trigger}”`);
  console.log(`  > ${text.slice(ev.start, ev.end).replace(/\s+/g, ' ')}`);
}

function printExtracted(e: TimelineEvent): void {
  const roles = new Map((e.roles ?? []).map((r) => [r.actorId, r.role]));
  const actors = e.actorIds.map((id) => `${actorName.get(id) ?? id}${roles.has(id) ? ` [${roles.get(id)}]` : ''}`);
  console.log(
    `\n  extracted: “${e.title}”; time: ${describeTime(e)}; participants: ${actors.join(', ') || 'none'}; claimed by: ${e.attribution.source ?? 'the document'}\n`,
  );
}

/** Pairs of events on one day, from different documents, with a participant in common, left apart. */
function printApart(): void {
  const byDay = new Map<string, TimelineEvent[]>();
  for (const e of dataset.events) {
    if (e.time?.granularity !== 'day') continue;
    byDay.set(e.time.value, [...(byDay.get(e.time.value) ?? []), e]);
  }
  const pairs: [TimelineEvent, TimelineEvent][] = [];
  for (const events of [...byDay.values()])
    for (let i = 0; i < events.length; i++)
      for (let j = i + 1; j < events.length; j++) {
        const [a, b] = [events[i]!, events[j]!];
        const docs = new Set(a.evidence.map((x) => x.docId));
        if (b.evidence.some((x) => docs.has(x.docId))) continue;
        if (a.actorIds.some((id) => b.actorIds.includes(id))) pairs.push([a, b]);
      }
  const next = seeded(Number(values.seed));
  const drawn = pairs
    .map((p) => ({ p, k: next() }))
    .sort((x, y) => x.k - y.k)
    .slice(0, Number(values.n));
  console.log(`# Pairs left apart: ${drawn.length} of ${pairs.length} drawn with seed ${values.seed}\n`);
  drawn.forEach(({ p }, i) => {
    console.log(`## ${i + 1}. ${p[0].id} / ${p[1].id}\n`);
    for (const e of p) {
      printPassage(e.evidence[0]!);
      printExtracted(e);
    }
  });
}
