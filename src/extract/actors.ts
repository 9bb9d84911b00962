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
  const knownPeople = firstPass.map((m) => gazetteer.actors.get(m.form.actorId)!).filter((a) => a.kind === 'person');
  for (const person of knownPeople) addSurname(person.name, person.id, addLocal);
  for (const found of detected) {
    const id = resolveDetected(found, gazetteer, drafts, knownPeople.map((p) => p.id));
    if (!id) continue;
    addLocal(found.name, id);
    if (found.kind === 'person') addSurname(drafts.get(id)?.name ?? found.name, id, addLocal);
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
  for (const found of detected) setParent(text, found, mentions, drafts, gazetteer, firstPass);
  for (const actor of seen.values()) {
    const draft = drafts.get(actor.id);
    if (draft && !gazetteer.actors.has(actor.id)) actor.parentId = draft.parentId;
    actor.aliases = [...new Set(mentions.filter((m) => m.actorId === actor.id).map((m) => m.text))]
      .filter((alias) => alias !== actor.name)
      .sort();
  }
  ctx.actorMentions = mentions;
  ctx.actors = [...seen.values()];
}

function addSurname(name: string, id: string, add: (form: string, id: string) => void): void {
  const words = name.split(' ');
  if (words.length > 1 && words.at(-1)!.length > 2) add(words.at(-1)!, id);
}

/** The id a detected name refers to: a known actor of that name, a person in the text with that surname, or a new actor. */
function resolveDetected(found: Detected, gazetteer: Gazetteer, drafts: Map<string, ActorDraft>, people: string[]): string | null {
  const known = gazetteer.forms.get(firstWord(found.name))?.find((f) => f.text === found.name);
  if (known) return known.kind === 'name' ? known.actorId : null;
  if (found.kind === 'person' && !found.name.includes(' ')) {
    const bySurname = [...people, ...drafts.keys()].find((id) => id.endsWith(`-${slug(found.name)}`));
    if (bySurname) return bySurname;
  }
  const id = slug(found.name);
  if (!id) return null;
  if (!drafts.has(id)) drafts.set(id, { id, name: found.name, kind: found.kind, aliases: [], parentId: null });
  return id;
}

function setParent(text: string, found: Detected, mentions: ActorMention[], drafts: Map<string, ActorDraft>, gazetteer: Gazetteer, firstPass: Match[]): void {
  const draft = drafts.get(slug(found.name));
  if (!draft || draft.parentId) return;
  const isGroup = (id: string) => (gazetteer.actors.get(id) ?? drafts.get(id))?.kind !== 'person';
  if (found.kind === 'organization') {
    // A country the name holds ("Egyptian Foreign Ministry") or owns it ("Cuba's National Assembly").
    const isCountry = (id: string) => gazetteer.actors.get(id)?.kind === 'country';
    const owner = firstPass.find((m) => m.start >= found.roleStart && m.end <= found.end && isCountry(m.form.actorId) && (m.start >= found.start || /^['’]s\s+$/.test(text.slice(m.end, found.start))));
    if (owner) draft.parentId = owner.form.actorId;
    return;
  }
  const before = mentions.filter((m) => m.end <= found.roleStart && isGroup(m.actorId)).at(-1);
  if (before && PARENT_GAP.test(text.slice(before.end, found.roleStart))) draft.parentId = before.actorId;
}
