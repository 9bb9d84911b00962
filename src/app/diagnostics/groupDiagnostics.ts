// Diagnostics by file, for the list a user reads: the files with errors first, then those with
// warnings, then notes, each in name order; in a file, its errors first. A file that is a document
// of the dataset carries that document's id, so that it can be opened.
import type { Diagnostic, DocumentMeta, Severity } from '../../model/dataset.ts';

export interface FileDiagnostics {
  path: string;
  /** The document of the dataset read from this file, or null (skipped, or not a document). */
  docId: string | null;
  worst: Severity;
  diagnostics: Diagnostic[];
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const byRank = (a: Diagnostic, b: Diagnostic) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
// By UTF-16 code unit, as the extractor orders paths: the same in every locale.
const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function groupDiagnostics(diagnostics: readonly Diagnostic[], documents: readonly DocumentMeta[]): FileDiagnostics[] {
  const docByPath = new Map<string, string>();
  for (const doc of documents) if (!docByPath.has(doc.path)) docByPath.set(doc.path, doc.id);
  const groups = new Map<string, FileDiagnostics>();
  for (const d of diagnostics) {
    let group = groups.get(d.path);
    if (!group) {
      group = { path: d.path, docId: docByPath.get(d.path) ?? null, worst: d.severity, diagnostics: [] };
      groups.set(d.path, group);
    }
    group.diagnostics.push(d);
    if (SEVERITY_RANK[d.severity] < SEVERITY_RANK[group.worst]) group.worst = d.severity;
  }
  const list = [...groups.values()];
  for (const group of list) group.diagnostics.sort(byRank);
  return list.sort((a, b) => SEVERITY_RANK[a.worst] - SEVERITY_RANK[b.worst] || byPath(a.path, b.path));
}

/** The first diagnostics up to `limit`, in the same groups (the last one maybe cut short). */
export function firstDiagnostics(groups: readonly FileDiagnostics[], limit: number): FileDiagnostics[] {
  const out: FileDiagnostics[] = [];
  let left = limit;
  for (const group of groups) {
    if (left <= 0) break;
    out.push(group.diagnostics.length <= left ? group : { ...group, diagnostics: group.diagnostics.slice(0, left) });
    left -= group.diagnostics.length;
  }
  return out;
}
