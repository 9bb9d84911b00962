// The files a user gives the app: chosen one by one, a whole folder chosen with the folder picker,
// or dropped (files and folders alike). A folder is read as the CLI walks one: its documents are
// named by their path from the folder ("news/2024/report.md"), and its notes (README, SOURCES,
// LICENSE…) and other files are left out with a note saying so; a file given on its own that is
// no document is refused with a warning.
import type { Diagnostic } from '../../model/dataset.ts';
import {
  DOCUMENT_EXTENSIONS,
  byCodeUnit,
  byWalkOrder,
  isDocumentPath,
  isFolderNote,
  skippedInFolder,
} from '../../extract/documentFiles.ts';

export interface PickedFile {
  file: File;
  /** Its name in the dataset: the file's name, or its path from the folder it was found in. */
  path: string;
  /** Found by walking a folder (its notes and non-documents are skipped quietly). */
  inFolder: boolean;
}

/** What was dropped: the files found, and a diagnostic for each entry that could not be read. */
export interface Dropped {
  picked: PickedFile[];
  unreadable: Diagnostic[];
}

export interface SortedFiles {
  documents: { file: File; path: string }[];
  skipped: Diagnostic[];
}

/**
 * Files from a file input, in the order given; from a folder picker (`webkitdirectory`) each
 * knows its path in the chosen folder, and they come in the order a walk of it meets them.
 */
export function pickedFromList(files: readonly File[]): PickedFile[] {
  const picked = files.map((file) =>
    file.webkitRelativePath ? { file, path: file.webkitRelativePath, inFolder: true } : { file, path: file.name, inFolder: false },
  );
  return picked.every((p) => p.inFolder) ? picked.sort((a, b) => byWalkOrder(a.path, b.path)) : picked;
}

/**
 * What was dropped, folders walked. The entries must be taken while the drop event is handled
 * (the browser empties the transfer afterwards); the walk itself runs after. An entry that cannot
 * be read (moved meanwhile, no permission) is named in a diagnostic and the walk goes on.
 */
export function pickedFromDrop(transfer: DataTransfer): Promise<Dropped> {
  const items = Array.from(transfer.items ?? []).filter((item) => item.kind === 'file');
  if (items.length === 0) return Promise.resolve({ picked: pickedFromList(Array.from(transfer.files ?? [])), unreadable: [] });
  const taken = items.map((item) => ({ entry: item.webkitGetAsEntry?.() ?? null, file: item.getAsFile() }));
  return (async () => {
    const dropped: Dropped = { picked: [], unreadable: [] };
    for (const { entry, file } of taken) {
      if (entry?.isDirectory) await walk(entry as FileSystemDirectoryEntry, dropped);
      else if (file) dropped.picked.push({ file, path: file.name, inFolder: false });
    }
    return dropped;
  })();
}

const pathOf = (entry: FileSystemEntry) => entry.fullPath.replace(/^\/+/, '');
const reason = (error: unknown) => (error instanceof Error && error.message ? error.message : 'the browser refused it');

async function walk(folder: FileSystemDirectoryEntry, into: Dropped): Promise<void> {
  const reader = folder.createReader();
  const entries: FileSystemEntry[] = [];
  try {
    // readEntries gives a folder's entries in batches, then an empty one.
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
      if (batch.length === 0) break;
      entries.push(...batch);
    }
  } catch (error) {
    into.unreadable.push({ path: pathOf(folder), severity: 'error', message: `folder cannot be read (${reason(error)}); skipped` });
    return;
  }
  entries.sort((a, b) => byCodeUnit(a.name, b.name));
  for (const entry of entries) {
    if (entry.isDirectory) await walk(entry as FileSystemDirectoryEntry, into);
    else if (entry.isFile) {
      try {
        const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
        into.picked.push({ file, path: pathOf(entry), inFolder: true });
      } catch (error) {
        into.unreadable.push({ path: pathOf(entry), severity: 'error', message: `cannot be read (${reason(error)}); skipped` });
      }
    }
  }
}

/**
 * The documents to read, in the order given (the first names the collection; a folder's files
 * come in name order), and a diagnostic for each file left out.
 */
export function sortPicked(picked: readonly PickedFile[], unreadable: readonly Diagnostic[] = []): SortedFiles {
  const documents: SortedFiles['documents'] = [];
  const skipped: Diagnostic[] = [...unreadable];
  const seen = new Set<string>();
  for (const { file, path, inFolder } of picked) {
    const why = skippedInFolder(path);
    if (why !== null && (inFolder || !isDocumentPath(path))) {
      skipped.push({ path, severity: inFolder ? 'info' : 'warning', message: why });
    } else if (seen.has(path)) {
      skipped.push({ path, severity: 'warning', message: 'has the same name as another file given; skipped (rename one of them)' });
    } else {
      seen.add(path);
      documents.push({ file, path });
    }
  }
  skipped.sort((a, b) => byCodeUnit(a.path, b.path));
  return { documents, skipped };
}

/** Why nothing given can be read, for the import dialog. */
export function nothingToRead(skipped: readonly Diagnostic[]): string {
  const unreadable = skipped.find((d) => d.severity === 'error');
  if (unreadable) return `Nothing could be read: ${unreadable.path} ${unreadable.message}.`;
  const notes = skipped.some((d) => isDocumentPath(d.path) && isFolderNote(d.path));
  return `None of these files is a document: drop ${DOCUMENT_EXTENSIONS.join(', ')} files or a folder of them${
    notes ? " (a folder's README, SOURCES or LICENSE is not read as a document)" : ''
  }.`;
}
