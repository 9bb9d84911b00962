// Stage 9: check the whole output against the schema in src/model before anything is written,
// plus what the schema cannot see alone: every mention and time expression equals the slice of
// its document's text at its offsets, and every passage lies inside its document's text. A record that fails is left out with an error
// diagnostic naming its file, so one bug never costs the whole dataset.
import type { Dataset, Diagnostic, DocumentText } from '../model/dataset.ts';
import { documentTextSchema } from '../model/dataset.ts';
import { checkDataset } from '../model/validate.ts';
import { asParsed } from '../model/conforms.ts';
import { extend } from './objects.ts';

export function validateOutput(dataset: Dataset, texts: readonly DocumentText[]): { dataset: Dataset; texts: DocumentText[] } {
  const diagnostics: Diagnostic[] = [...dataset.diagnostics];
  const pathOf = new Map(dataset.documents.map((d) => [d.id, d.path]));
  const textOf = new Map(texts.map((t) => [t.id, t.text]));
  const report = (docId: string | undefined, message: string) =>
    diagnostics.push({
      path: (docId && pathOf.get(docId)) || '(dataset)',
      severity: 'error',
      message: `internal check failed, left out: ${message}`,
    });

  const checkedTexts = texts.map((doc) => {
    const parsed = asParsed(documentTextSchema, doc);
    const fits = (m: { start: number; end: number; text: string }, what: string) => {
      const ok = m.start <= m.end && doc.text.slice(m.start, m.end) === m.text;
      if (!ok) report(doc.id, `${what} "${m.text.slice(0, 40)}" does not match its offsets`);
      return ok;
    };
    const timexes = kept(parsed.timexes, (t) => fits(t, 'time expression'));
    const actorMentions = kept(parsed.actorMentions, (m) => fits(m, 'actor mention'));
    return timexes === parsed.timexes && actorMentions === parsed.actorMentions ? parsed : { ...parsed, timexes, actorMentions };
  });

  const events = dataset.events.filter((event) => {
    const outside = (e: { docId: string; end: number }) => e.end > (textOf.get(e.docId)?.length ?? -1);
    const bad = event.evidence.find(outside);
    if (bad) report(bad.docId, `event "${event.title.slice(0, 40)}": its passage lies outside its document's text`);
    return !bad;
  });
  const { dataset: valid, problems } = checkDataset(extend(dataset, { events, diagnostics: [] }));
  for (const p of problems) report(undefined, `${p.kind} ${p.ref}: ${p.reason}`);
  return { dataset: extend(valid, { diagnostics }), texts: checkedTexts };
}

/**
 * The items that pass `ok`, each tested once: the list itself when all do, as they nearly always
 * do. A copy of every document's mentions and time expressions would be held beside the lists
 * it was made from until the check returns, at the corpus stage's peak.
 */
function kept<T>(items: T[], ok: (item: T) => boolean): T[] {
  const bad = items.findIndex((item) => !ok(item));
  return bad < 0 ? items : [...items.slice(0, bad), ...items.slice(bad + 1).filter(ok)];
}
