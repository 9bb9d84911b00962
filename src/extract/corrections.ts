// Stage 9b (pipeline.ts): corrections kept by hand in `corrections.yaml` beside the documents, applied after every
// extraction so that they survive a re-run: hide an event, fix its date or title, merge two actors,
// rename an actor, set an actor's parent. Each correction is reported in the diagnostics as applied
// or as no longer matching, with the reason (the event's id changed because its sentence did…).
// Pure: text in, dataset out (reading the file is correctionsFile.ts).
import { parse } from 'yaml';
import type { Actor, Dataset, Diagnostic, DocumentText, EventTime, TimelineEvent } from '../model/dataset.ts';
import { fileId, idOfFile } from '../model/compact.ts';
import { MAX_NAME, MAX_TITLE, clip } from './limits.ts';

export const CORRECTIONS_FILE = 'corrections.yaml';

export type Correction =
  | { kind: 'hide'; event: string }
  | { kind: 'event'; event: string; title?: string; date?: string | null }
  | { kind: 'merge'; actor: string; into: string }
  | { kind: 'actor'; actor: string; name?: string; parent?: string | null };

interface Parsed {
  corrections: { n: number; correction: Correction }[];
  diagnostics: Diagnostic[];
}

const str = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** Reads the YAML list; an entry that makes no sense is reported and skipped, never fatal. */
export function parseCorrections(text: string, path: string): Parsed {
  const diagnostics: Diagnostic[] = [];
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (error) {
    return {
      corrections: [],
      diagnostics: [
        { path, severity: 'error', message: `is not valid YAML (${(error as Error).message.split('\n')[0]}); no correction applied` },
      ],
    };
  }
  if (doc === null || doc === undefined) return { corrections: [], diagnostics };
  if (!Array.isArray(doc))
    return {
      corrections: [],
      diagnostics: [
        { path, severity: 'error', message: 'must be a list of corrections (each line starting with "- "); no correction applied' },
      ],
    };
  const corrections: Parsed['corrections'] = [];
  doc.forEach((entry: Record<string, unknown>, k) => {
    const n = k + 1;
    const bad = (why: string) => diagnostics.push({ path, severity: 'warning', message: `correction ${n}: ${why}; skipped` });
    if (!entry || typeof entry !== 'object') return bad('is not a mapping');
    if (str(entry.hide)) return corrections.push({ n, correction: { kind: 'hide', event: entry.hide } });
    if (str(entry.merge)) {
      if (!str(entry.into)) return bad('"merge" needs "into", the actor that stays');
      return corrections.push({ n, correction: { kind: 'merge', actor: entry.merge, into: entry.into } });
    }
    if (str(entry.event)) {
      if (entry.title !== undefined && !str(entry.title)) return bad('"title" must be text');
      const date = entry.date instanceof Date ? entry.date.toISOString().slice(0, 10) : entry.date;
      if (date !== undefined && date !== null && !(typeof date === 'string' || typeof date === 'number'))
        return bad('"date" must be YYYY, YYYY-MM, YYYY-MM-DD or null');
      if (entry.title === undefined && date === undefined) return bad('"event" needs "title" or "date"');
      return corrections.push({
        n,
        correction: {
          kind: 'event',
          event: entry.event,
          title: entry.title as string | undefined,
          date: date === undefined ? undefined : date === null ? null : String(date),
        },
      });
    }
    if (str(entry.actor)) {
      if (entry.name !== undefined && !str(entry.name)) return bad('"name" must be text');
      if (entry.parent !== undefined && entry.parent !== null && !str(entry.parent)) return bad('"parent" must be an actor id or null');
      if (entry.name === undefined && entry.parent === undefined) return bad('"actor" needs "name" or "parent"');
      return corrections.push({
        n,
        correction: {
          kind: 'actor',
          actor: entry.actor,
          name: entry.name as string | undefined,
          parent: entry.parent as string | null | undefined,
        },
      });
    }
    bad('names no action: use hide, event, merge or actor');
  });
  return { corrections, diagnostics };
}

/** A date as the text would have stated it in full: YYYY, YYYY-MM or YYYY-MM-DD. */
export function statedTime(value: string): EventTime | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  if (mo !== null && (mo < 1 || mo > 12)) return null;
  const start = Date.UTC(y, (mo ?? 1) - 1, d ?? 1);
  if (d !== null && new Date(start).getUTCDate() !== d) return null;
  const end = d !== null ? start + 86_400_000 : mo !== null ? Date.UTC(y, mo, 1) : Date.UTC(y + 1, 0, 1);
  const granularity = d !== null ? 'day' : mo !== null ? 'month' : 'year';
  return { value, start: iso(start), end: iso(end), granularity, anchor: 'explicit', approximate: false, mod: null, interval: null };
}

export interface Corrected {
  dataset: Dataset;
  texts: DocumentText[];
}

export function applyCorrections(input: Corrected, text: string | null, path: string): Corrected {
  if (text === null) return input;
  const { corrections, diagnostics } = parseCorrections(text, path);
  let events = input.dataset.events.map((e) => ({ ...e }));
  let actors = input.dataset.actors.map((a) => ({ ...a, aliases: [...a.aliases] }));
  let texts = input.texts;
  const report = (n: number, what: string, outcome: string | null) =>
    diagnostics.push(
      outcome === null
        ? { path, severity: 'info', message: `correction ${n} (${what}): applied` }
        : { path, severity: 'warning', message: `correction ${n} (${what}): no longer matches: ${outcome}` },
    );
  // An event is named as dataset.json writes its id or as the app shows it (`ev-…`), either.
  const eventById = () => {
    const byId = new Map(events.map((e) => [e.id, e]));
    return { get: (id: string) => byId.get(id) ?? byId.get(idOfFile(id) as string) };
  };
  const actorById = () => new Map(actors.map((a) => [a.id, a]));

  for (const { n, correction: c } of corrections) {
    if (c.kind === 'hide') {
      const found = eventById().get(c.event);
      report(n, `hide ${bothIds(c.event)}`, found ? null : `no event has the id ${c.event} (its sentence or date may have changed)`);
      if (found) events = events.filter((e) => e !== found);
    } else if (c.kind === 'event') {
      const event = eventById().get(c.event);
      const what = `event ${bothIds(c.event)}`;
      if (!event) {
        report(n, what, `no event has the id ${c.event} (its sentence or date may have changed)`);
        continue;
      }
      const time = c.date === undefined ? event.time : c.date === null ? null : statedTime(c.date);
      if (time === null && c.date) {
        report(n, what, `"${c.date}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
        continue;
      }
      Object.assign(event, { title: c.title === undefined ? event.title : clip(c.title, MAX_TITLE), time, corrected: true });
      report(n, what, null);
    } else if (c.kind === 'merge') {
      const byId = actorById();
      const [gone, kept] = [byId.get(c.actor), byId.get(c.into)];
      const what = `merge ${c.actor} into ${c.into}`;
      if (!gone || !kept || gone === kept) {
        report(
          n,
          what,
          !gone ? `no actor has the id ${c.actor}` : !kept ? `no actor has the id ${c.into}` : 'an actor cannot merge into itself',
        );
        continue;
      }
      kept.aliases = [...new Set([...kept.aliases, gone.name, ...gone.aliases])].filter((a) => a !== kept.name).sort();
      kept.mentions += gone.mentions;
      // The merged actor takes the other's parent, unless that would put it under itself.
      if (kept.parentId === null && gone.parentId && gone.parentId !== kept.id && !isBelow(byId, gone.parentId, kept.id))
        kept.parentId = gone.parentId;
      actors = actors
        .filter((a) => a !== gone)
        .map((a) => (a.parentId === gone.id ? { ...a, parentId: a.id === kept.id ? null : kept.id } : a));
      events = events.map((e) => renameInEvent(e, gone.id, kept.id));
      texts = texts.map((t) => ({
        ...t,
        actorMentions: t.actorMentions.map((m) => (m.actorId === gone.id ? { ...m, actorId: kept.id } : m)),
      }));
      report(n, what, null);
    } else {
      const byId = actorById();
      const actor = byId.get(c.actor);
      const what = `actor ${c.actor}`;
      if (!actor) {
        report(n, what, `no actor has the id ${c.actor}`);
        continue;
      }
      if (c.parent && (!byId.has(c.parent) || isBelow(byId, c.parent, actor.id))) {
        report(n, what, !byId.has(c.parent) ? `no actor has the id ${c.parent}` : `${c.parent} is already below ${c.actor}`);
        continue;
      }
      if (c.name && c.name !== actor.name) actor.aliases = [...new Set([...actor.aliases, actor.name])].filter((a) => a !== c.name).sort();
      actor.name = c.name === undefined ? actor.name : clip(c.name, MAX_NAME);
      if (c.parent !== undefined) actor.parentId = c.parent;
      report(n, what, null);
    }
  }
  // The corrections file sits among the documents: it is not an unsupported document.
  const kept = input.dataset.diagnostics.filter((d) => !(d.path === path && d.severity === 'info'));
  return { dataset: { ...input.dataset, events, actors, diagnostics: [...kept, ...diagnostics] }, texts };
}

/**
 * An event's id as a correction names it, and in its other spelling when it has one: dataset.json
 * writes `ev-0123456789` as `AEjRWeJ` (compact.ts), the app and its links show the first.
 */
export function bothIds(id: string): string {
  const shown = idOfFile(id) as string;
  if (shown !== id) return `${id} (${shown} in the app)`;
  const written = fileId(id);
  return written !== id ? `${id} (${written} in dataset.json)` : id;
}

function renameInEvent(e: TimelineEvent, from: string, to: string): TimelineEvent {
  const involved = e.actorIds.includes(from) || e.attribution.actorId === from || e.roles?.some((r) => r.actorId === from);
  if (!involved) return e;
  const swap = (id: string) => (id === from ? to : id);
  return {
    ...e,
    actorIds: [...new Set(e.actorIds.map(swap))],
    ...(e.roles
      ? {
          roles: e.roles
            .map((r) => ({ ...r, actorId: swap(r.actorId) }))
            .filter((r, k, all) => all.findIndex((o) => o.actorId === r.actorId && o.role === r.role) === k),
        }
      : {}),
    attribution: { ...e.attribution, actorId: e.attribution.actorId === null ? null : swap(e.attribution.actorId) },
    corrected: true,
  };
}

/** Whether `id` is `ancestor` or lies below it (a parent there would make a loop). */
function isBelow(byId: Map<string, Actor>, id: string, ancestor: string): boolean {
  for (
    let a: Actor | undefined = byId.get(id), steps = 0;
    a && steps < byId.size;
    a = a.parentId ? byId.get(a.parentId) : undefined, steps++
  )
    if (a.id === ancestor) return true;
  return false;
}
