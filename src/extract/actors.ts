// Stage 5: actor mentions. Two passes over each sentence: the first finds the known actors and the
// people and organizations named by the shape of the text; those add forms of their own (a
// person's surname refers back to them); the second pass finds every mention with all forms.
import type { ActorMention } from '../model/dataset.ts';
import type { ActorDraft, DocContext } from './context.ts';
import type { Form, Gazetteer } from './actors/gazetteer.ts';
import { firstWord } from './actors/gazetteer.ts';
import { extendGroup, findForms } from './actors/match.ts';
import type { Match } from './actors/match.ts';
import { detectActors } from './actors/people.ts';
import type { Detected } from './actors/people.ts';
import { slug } from './ids.ts';

/** What may stand between a parent and the role it gives: "UN special envoy", "Iraq's Foreign Minister". */
const PARENT_GAP = /^(?:['’]s)?(?:\s+(?:special|deputy|senior|chief|top|former|acting|foreign|defen[cs]e|interior|finance|security|peace|regional|official))*\s*$/u;

export function findActors(ctx: DocContext, gazetteer: Gazetteer): void {
  const { text, sentences } = ctx;
  const global = [gazetteer.forms];
  const firstPass = sentences.flatMap((s) => findForms(text, s.start, s.end, global));
  const detected = sentences.flatMap((s) => detectActors(text, s.start, s.end));
  const local = new Map<string, Form[]>();
  const drafts = new Map<string, ActorDraft>();
  const addLocal = (form: string, actorId: string) => {
    const key = firstWord(form);
    const list = local.get(key) ?? [];
    if (!list.some((f) => f.text === form)) list.push({ text: form, actorId, kind: 'name' });
    list.sort((a, b) => b.text.length - a.text.length);
    local.set(key, list);
  };
  // Surnames refer back to a person named in full in this document ("Wennesland" after "Tor Wennesland").
  const surnames = new Map<string, string>();
  const addPerson = (name: string, id: string) => {
    const words = name.split(' ');
    const last = words.at(-1)!;
    if (words.length < 2 || last.length < 3) return;
    addLocal(last, id);
    if (!surnames.has(slug(last))) surnames.set(slug(last), id);
  };
  for (const m of firstPass) {
    const actor = gazetteer.actors.get(m.form.actorId)!;
    if (actor.kind === 'person') addPerson(actor.name, actor.id);
  }
  for (const found of detected) {
    const id = resolveDetected(found, gazetteer, drafts, surnames);
    if (!id) continue;
    addLocal(found.name, id);
    if (found.kind === 'person') addPerson(drafts.get(id)?.name ?? found.name, id);
  }
  const mentions: ActorMention[] = [];
  const seen = new Map<string, ActorDraft>();
  for (const s of sentences) {
    for (const raw of findForms(text, s.start, s.end, [local, gazetteer.forms])) {
      const actor = gazetteer.actors.get(raw.form.actorId) ?? drafts.get(raw.form.actorId);
      if (!actor) continue;
      const m: Match = actor.kind === 'person' ? raw : extendGroup(text, raw, s.end);
      mentions.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end), actorId: actor.id });
      if (!seen.has(actor.id)) seen.set(actor.id, { ...actor, aliases: [] });
    }
  }
  const groupMentions = mentions.filter((m) => isGroupActor(m.actorId, gazetteer, drafts));
  for (const found of detected) setParent(text, found, groupMentions, drafts, gazetteer, firstPass);
  const forms = new Map<string, Set<string>>();
  for (const m of mentions) forms.set(m.actorId, (forms.get(m.actorId) ?? new Set()).add(m.text));
  for (const actor of seen.values()) {
    const draft = drafts.get(actor.id);
    if (draft && !gazetteer.actors.has(actor.id)) actor.parentId = draft.parentId;
    actor.aliases = [...forms.get(actor.id)!].filter((alias) => alias !== actor.name).sort();
  }
  ctx.actorMentions = mentions;
  ctx.actors = [...seen.values()];
}

/** The id a detected name refers to: a known actor of that name, a person in the text with that surname, or a new actor. */
function resolveDetected(found: Detected, gazetteer: Gazetteer, drafts: Map<string, ActorDraft>, surnames: ReadonlyMap<string, string>): string | null {
  const known = gazetteer.forms.get(firstWord(found.name))?.find((f) => f.text === found.name);
  if (known) return known.kind === 'name' ? known.actorId : null;
  if (found.kind === 'person' && !found.name.includes(' ')) {
    const bySurname = surnames.get(slug(found.name));
    if (bySurname) return bySurname;
  }
  const id = slug(found.name);
  if (!id) return null;
  if (!drafts.has(id)) drafts.set(id, { id, name: found.name, kind: found.kind, aliases: [], parentId: null });
  return id;
}

function isGroupActor(id: string, gazetteer: Gazetteer, drafts: ReadonlyMap<string, ActorDraft>): boolean {
  return (gazetteer.actors.get(id) ?? drafts.get(id))?.kind !== 'person';
}

/** Index of the first item whose start is at or after `at` (items sorted by start). */
function firstFrom<T extends { start: number }>(items: readonly T[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A detected person's parent is the country or organization named right before their role ("UN
 * envoy Tor Wennesland"); an organization's is the country its name holds or that owns it
 * ("Egyptian Foreign Ministry", "Cuba's National Assembly"). Mentions are in text order, so
 * each look-up is a binary search.
 */
function setParent(
  text: string,
  found: Detected,
  groupMentions: readonly ActorMention[],
  drafts: Map<string, ActorDraft>,
  gazetteer: Gazetteer,
  firstPass: readonly Match[],
): void {
  const draft = drafts.get(slug(found.name));
  if (!draft || draft.parentId) return;
  if (found.kind === 'organization') {
    const isCountry = (id: string) => gazetteer.actors.get(id)?.kind === 'country';
    for (let i = firstFrom(firstPass, found.roleStart); i < firstPass.length && firstPass[i]!.start < found.end; i++) {
      const m = firstPass[i]!;
      if (m.end > found.end || !isCountry(m.form.actorId)) continue;
      if (m.start >= found.start || /^['’]s\s+$/.test(text.slice(m.end, found.start))) {
        draft.parentId = m.form.actorId;
        return;
      }
    }
    return;
  }
  // The last group mention that ends before the role starts.
  let i = firstFrom(groupMentions, found.roleStart) - 1;
  while (i >= 0 && groupMentions[i]!.end > found.roleStart) i--;
  const before = groupMentions[i];
  if (before && PARENT_GAP.test(text.slice(before.end, found.roleStart))) draft.parentId = before.actorId;
}
