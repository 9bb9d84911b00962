// Which files are documents, by name alone: shared by the CLI's folder walk (inputs.ts) and the
// app's file picker and drop, so that a folder gives the same documents either way.

export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

/** The order a folder's entries are read in, whatever the file system or the locale. */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Paths in the order a folder walk meets them: each folder's entries by name, depth first. */
export function byWalkOrder(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return byCodeUnit(x[i]!, y[i]!);
  return x.length - y.length;
}

/** The last segment of a "/"- or "\"-separated path. */
const baseName = (file: string): string => file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);

/** ".md" for "notes/README.md", "" for "LICENSE" or ".profile". */
export function extensionOf(file: string): string {
  const name = baseName(file);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot) : '';
}

export function isDocumentPath(file: string): boolean {
  return DOCUMENT_EXTENSIONS.includes(extensionOf(file).toLowerCase());
}

/**
 * A folder's own notes ("README.md", "SOURCES.md", "LICENSE.txt"): they tell how the folder was
 * made, not the news, and are skipped when the folder is walked (read when named on their own).
 */
const FOLDER_NOTES = /^(?:readme|sources|licen[cs]e|changelog|changes|notice|authors|contributing|copying)$/i;

export function isFolderNote(file: string): boolean {
  const name = baseName(file);
  return FOLDER_NOTES.test(name.slice(0, name.length - extensionOf(name).length));
}

/** Why a file met in a walked folder is not read as a document, or null when it is one. */
export function skippedInFolder(file: string): string | null {
  if (!isDocumentPath(file)) {
    const ext = extensionOf(file) || 'no extension';
    return `unsupported file type (${ext}); skipped: documents are ${DOCUMENT_EXTENSIONS.join(', ')} files`;
  }
  if (isFolderNote(file)) return "is the folder's notes (how it was made), not a document; skipped";
  return null;
}
