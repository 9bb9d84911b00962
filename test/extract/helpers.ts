// Builds a document context the way the pipeline does, up to a given stage.
import type { DocContext } from '../../src/extract/context.ts';
import { newContext } from '../../src/extract/context.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import { findActors } from '../../src/extract/actors.ts';
import { attribute } from '../../src/extract/attribution.ts';
import { extractTexts, loadGazetteer } from '../../src/extract/pipeline.ts';
import type { Actor, TimelineEvent } from '../../src/model/dataset.ts';
import type { Gazetteer } from '../../src/extract/actors/gazetteer.ts';

let cached: Gazetteer | undefined;
export const gazetteer = () => (cached ??= loadGazetteer());

export function contextFor(text: string): DocContext {
  const ctx = newContext({
    path: 'test.txt',
    id: 'test',
    raw: text,
    text,
    sha256: '',
    meta: { title: 'Test', date: null, source: null, url: null },
  });
  ctx.sentences = splitSentences(text);
  return ctx;
}

/** Actors and attribution of a text, with no time expressions. */
export function attributed(text: string): DocContext {
  const ctx = contextFor(text);
  const found = { ...ctx, ...findActors(ctx, gazetteer()) };
  return { ...found, claims: attribute(found) };
}

/** The events of one document with this body, published on `date` (none when null). */
export const eventsOf = (body: string, date: string | null): TimelineEvent[] =>
  extractTexts([{ path: 'doc.md', raw: `---\ntitle: Test\n${date ? `date: ${date}\n` : ''}---\n${body}` }], gazetteer()).dataset.events;

/** The words that name the events of one document with this body, published on `date`, in the dataset's order. */
export function triggersOf(body: string, date = '2011-02-11'): string[] {
  const { dataset, texts } = extractTexts([{ path: 'doc.md', raw: `---\ntitle: Test\ndate: ${date}\n---\n${body}` }], gazetteer());
  const text = texts[0]!.text;
  return dataset.events.map((e) => text.slice(e.evidence[0]!.trigger.start, e.evidence[0]!.trigger.end));
}

/** What the timeline shows of an event's time: its value, "(by)" for a bound, "(carried)" for a day carried. */
export const shownTime = (e: TimelineEvent): string =>
  e.time
    ? `${e.time.value}${e.time.anchor === 'document' || e.time.mod === 'ON_OR_BEFORE' ? ' (by)' : ''}${e.time.anchor === 'inferred' ? ' (carried)' : ''}`
    : 'undated';

/** The event whose title starts with these words (case aside); fails naming the titles there are. */
export function eventTitled(events: readonly TimelineEvent[], title: string): TimelineEvent {
  const found = events.find((e) => e.title.toLowerCase().startsWith(title.toLowerCase()));
  if (!found) throw new Error(`no event "${title}" among ${JSON.stringify(events.map((e) => e.title))}`);
  return found;
}

/**
 * The participants of the event whose trigger is `word` in one document with this body (published
 * 2019-04-02), as actor name → role; `label` names an actor otherwise (with its kind, say).
 */
export function rolesOf(body: string, word: string, label = (a: Actor) => a.name): Record<string, string> {
  const raw = `---\ntitle: Test\ndate: 2019-04-02\n---\n${body}`;
  const { dataset, texts } = extractTexts([{ path: 'doc.md', raw }], gazetteer());
  const text = texts[0]!.text;
  const names = new Map(dataset.actors.map((a) => [a.id, label(a)]));
  const event = dataset.events.find((e) => text.slice(e.evidence[0]!.trigger.start, e.evidence[0]!.trigger.end) === word);
  if (!event) throw new Error(`no event on "${word}" in: ${dataset.events.map((e) => e.title).join(' | ')}`);
  return Object.fromEntries((event.roles ?? []).map((r) => [names.get(r.actorId), r.role]));
}
