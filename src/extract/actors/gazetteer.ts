// The actors known before reading any document: every country of the world-countries dataset
// (name, official name, demonyms, capital), then the editable lexicon's renames, aliases and
// organizations, groups, media and people. Each surface form points to one canonical actor.
// The built-in lexicon is imported, not read from disk, so that this runs in the browser too;
// extra lexicon files are read by lexiconFile.ts.
import countries from 'world-countries';
import type { ActorKind, Diagnostic } from '../../model/dataset.ts';
import { slug } from '../ids.ts';
import { isLetterOrDigit } from '../wordRuns.ts';
import { checkLexicon } from './lexicon.ts';
import type { Lexicon } from './lexicon.ts';
import lexiconJson from './lexicon.json' with { type: 'json' };

/** The built-in lexicon's name in diagnostics. */
export const BUILTIN_LEXICON = 'lexicon.json';

export interface KnownActor {
  id: string;
  name: string;
  kind: ActorKind;
  parentId: string | null;
}

/** How a form names its actor: country names and aliases, demonyms ("Qatari"), capitals ("Doha"). */
export type FormKind = 'name' | 'demonym' | 'capital';

export interface Form {
  text: string;
  actorId: string;
  kind: FormKind;
}

export interface Gazetteer {
  actors: Map<string, KnownActor>;
  /** Forms keyed by their first word, longest first. */
  forms: Map<string, Form[]>;
  /** What was wrong in the lexicons (kept in the dataset's diagnostics). */
  diagnostics: Diagnostic[];
  /** Names that are no actor, whatever their shape suggests (the lexicons' `notActors`). */
  notActors: Set<string>;
}

/** The form's first run of letters and digits (/^[\p{L}\p{N}]+/u), or the form when it opens with none: a one-word form is itself, not a copy. */
export function firstWord(form: string): string {
  let end = 0;
  for (let cp = form.codePointAt(0); cp !== undefined && isLetterOrDigit(cp); cp = form.codePointAt(end)) end += cp > 0xffff ? 2 : 1;
  return end === 0 || end === form.length ? form : form.slice(0, end);
}

export function builtinLexicon(diagnostics: Diagnostic[]): Lexicon {
  return checkLexicon(lexiconJson, BUILTIN_LEXICON, diagnostics);
}

/** The gazetteer from the built-in lexicon alone (the browser's, and the default of extractTexts). */
export function builtinGazetteer(): Gazetteer {
  const diagnostics: Diagnostic[] = [];
  return buildGazetteer([{ file: BUILTIN_LEXICON, lexicon: builtinLexicon(diagnostics) }], diagnostics);
}

export function buildGazetteer(sources: readonly { file: string; lexicon: Lexicon }[], diagnostics: Diagnostic[] = []): Gazetteer {
  const lexicons = sources.map((s) => s.lexicon);
  const actors = new Map<string, KnownActor>();
  const forms = new Map<string, Form[]>();
  const ignore = new Set(lexicons.flatMap((l) => l.countries?.ignore ?? []));
  const names = Object.assign({}, ...lexicons.map((l) => l.countries?.names ?? {})) as Record<string, string>;
  const byName = new Map<string, string>();

  const addForm = (text: string, actorId: string, kind: FormKind) => {
    const form = text.trim();
    if (form.length < 2 || ignore.has(form) || (/^[A-Z]{2}$/.test(form) && kind !== 'name')) return;
    const key = firstWord(form);
    const list = forms.get(key) ?? [];
    if (list.some((f) => f.text === form)) return; // the first owner of a form keeps it
    list.push({ text: form, actorId, kind });
    forms.set(key, list);
  };

  for (const country of countries) {
    const name = names[country.cca3] ?? country.name.common;
    const id = slug(name);
    actors.set(id, { id, name, kind: 'country', parentId: null });
    byName.set(name, id).set(country.cca3, id);
  }
  // Lexicon aliases first, so that a curated form wins over a dataset one.
  for (const lexicon of lexicons)
    for (const [code, list] of Object.entries(lexicon.countries?.aliases ?? {})) {
      const id = byName.get(code);
      // An alias that is the capital ("Washington", "Ankara") is still the city where it is a place (capitalPlaces.ts);
      // past the capital's name only an abbreviation may follow ("Washington D.C."; "Kuwait" is no "Kuwait City").
      const capitals = countries.find((c) => c.cca3 === code)?.capital ?? [];
      const isCapital = (alias: string) =>
        capitals.some((c) => c === alias || (c.startsWith(`${alias} `) && /^(?:\p{Lu}\.)+$/u.test(c.slice(alias.length + 1))));
      if (id) for (const alias of list) addForm(alias, id, isCapital(alias) ? 'capital' : 'name');
    }
  for (const lexicon of lexicons)
    for (const entry of lexicon.actors ?? []) {
      const id = slug(entry.name);
      if (!id) continue;
      actors.set(id, { id, name: entry.name, kind: entry.kind, parentId: null });
      byName.set(entry.name, id);
      for (const alias of [entry.name, ...(entry.aliases ?? [])]) addForm(alias, id, 'name');
    }
  for (const { file, lexicon } of sources)
    for (const entry of lexicon.actors ?? []) {
      const actor = actors.get(slug(entry.name));
      if (!actor || !entry.parent) continue;
      const parent = byName.get(entry.parent) ?? (actors.has(entry.parent) ? entry.parent : null);
      if (parent && parent !== actor.id) actor.parentId = parent;
      else
        diagnostics.push({
          path: file,
          severity: 'warning',
          message: `actor lexicon entry "${entry.name}" names parent "${entry.parent}", which is no known actor; ignored`,
        });
    }
  // Sovereign states first: a demonym or capital shared with a territory ("American", "French")
  // belongs to the state.
  const sovereignFirst = [...countries].sort((a, b) => Number(b.independent) - Number(a.independent));
  for (const country of sovereignFirst) {
    const id = byName.get(country.cca3)!;
    const official = country.name.official;
    const alt = country.altSpellings.filter((s) => s.length > 3 && /^[\p{L} '’-]+$/u.test(s) && !s.includes(','));
    for (const form of [actors.get(id)!.name, country.name.common, official, ...alt]) addForm(form, id, 'name');
    const demonyms = country.demonyms?.eng;
    if (demonyms) for (const d of new Set([demonyms.m, demonyms.f])) if (d) addForm(d, id, 'demonym');
    for (const capital of country.capital) addForm(capital, id, 'capital');
  }
  for (const list of forms.values()) list.sort((a, b) => b.text.length - a.text.length || (a.text < b.text ? -1 : 1));
  return { actors, forms, diagnostics, notActors: new Set(lexicons.flatMap((l) => l.notActors ?? [])) };
}
