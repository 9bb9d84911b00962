import { describe, expect, it } from 'vitest';
import type { PickedFile } from '../../../src/app/collections/pickedFiles.ts';
import { nothingToRead, pickedFromDrop, pickedFromList, sortPicked } from '../../../src/app/collections/pickedFiles.ts';

const file = (name: string, relative = '') => {
  const f = new File(['text'], name);
  if (relative) Object.defineProperty(f, 'webkitRelativePath', { value: relative });
  return f;
};
const loose = (name: string): PickedFile => ({ file: file(name), path: name, inFolder: false });
const inFolder = (path: string): PickedFile => ({ file: file(path.split('/').pop()!), path, inFolder: true });

describe('files given to the app are sorted out as the CLI sorts a folder', () => {
  it.each([
    ['notes.txt', true],
    ['story.MD', true],
    ['page.html', true],
    ['page.htm', true],
    ['essay.markdown', true],
    ['scan.pdf', false],
    ['photo.jpg', false],
    ['Makefile', false],
  ])('a file given on its own, %s, is read: %s', (name, read) => {
    const { documents, skipped } = sortPicked([loose(name)]);
    expect(documents.map((d) => d.path)).toEqual(read ? [name] : []);
    expect(skipped.map((d) => d.severity)).toEqual(read ? [] : ['warning']);
  });

  it("leaves a folder's notes and other files out with a note, and reads the same notes given on their own", () => {
    const { documents, skipped } = sortPicked([
      inFolder('storm/README.md'),
      inFolder('storm/day2/ferry.txt'),
      inFolder('storm/SOURCES.md'),
      inFolder('storm/LICENSE'),
      inFolder('storm/harbour.html'),
      inFolder('storm/photo.jpg'),
      loose('CHANGELOG.md'),
    ]);
    expect(documents.map((d) => d.path)).toEqual(['storm/day2/ferry.txt', 'storm/harbour.html', 'CHANGELOG.md']);
    expect(skipped).toEqual([
      {
        path: 'storm/LICENSE',
        severity: 'info',
        message: 'unsupported file type (no extension); skipped: documents are .txt, .md, .markdown, .html, .htm files',
      },
      { path: 'storm/README.md', severity: 'info', message: "is the folder's notes (how it was made), not a document; skipped" },
      { path: 'storm/SOURCES.md', severity: 'info', message: "is the folder's notes (how it was made), not a document; skipped" },
      {
        path: 'storm/photo.jpg',
        severity: 'info',
        message: 'unsupported file type (.jpg); skipped: documents are .txt, .md, .markdown, .html, .htm files',
      },
    ]);
  });

  it('keeps the files in the order given: the first one names the collection', () => {
    const names = ['b.md', 'a.txt', 'C.html'];
    expect(sortPicked(names.map(loose)).documents.map((d) => d.path)).toEqual(names);
  });

  it('reads one of two files with the same name and says why the other is left out', () => {
    const { documents, skipped } = sortPicked([loose('index.html'), loose('index.html')]);
    expect(documents).toHaveLength(1);
    expect(skipped).toEqual([{ path: 'index.html', severity: 'warning', message: expect.stringContaining('same name') }]);
  });

  it('tells the user why nothing can be read, naming the notes when only notes were given', () => {
    expect(nothingToRead(sortPicked([inFolder('d/README.md')]).skipped)).toContain("a folder's README");
    expect(nothingToRead(sortPicked([loose('scan.pdf')]).skipped)).not.toContain('README');
  });
});

describe('where the files come from', () => {
  it('a file picker names each file by its name, in the order given', () => {
    expect(pickedFromList([file('ferry.txt'), file('council.md')]).map((p) => [p.path, p.inFolder])).toEqual([
      ['ferry.txt', false],
      ['council.md', false],
    ]);
  });

  it('a folder picker names each file by its path in the folder, in name order', () => {
    const chosen = [file('ferry.txt', 'storm/day2/ferry.txt'), file('b.md', 'storm/b.md'), file('a.md', 'storm/a.md')];
    expect(pickedFromList(chosen).map((p) => [p.path, p.inFolder])).toEqual([
      ['storm/a.md', true],
      ['storm/b.md', true],
      ['storm/day2/ferry.txt', true],
    ]);
  });

  it('a dropped folder is walked in name order, its files named by their path in it', async () => {
    const dropped = folderEntry('/storm', [
      fileEntry('/storm/b.md'),
      folderEntry('/storm/day2', [fileEntry('/storm/day2/ferry.txt')]),
      fileEntry('/storm/README.md'),
    ]);
    const { picked, unreadable } = await pickedFromDrop(transferOf(item(dropped, null), item(null, file('loose.txt'))));
    expect(unreadable).toEqual([]);
    expect(picked.map((p) => [p.path, p.inFolder])).toEqual([
      ['storm/README.md', true],
      ['storm/b.md', true],
      ['storm/day2/ferry.txt', true],
      ['loose.txt', false],
    ]);
    expect(sortPicked(picked).documents.map((d) => d.path)).toEqual(['storm/b.md', 'storm/day2/ferry.txt', 'loose.txt']);
  });

  it('a folder gives its files in the same order dropped or chosen with the folder picker', async () => {
    // "day2.md" sorts before "day2/…" by name, after it by whole path ("." < "/").
    const paths = ['storm/day2/ferry.txt', 'storm/day2.md', 'storm/a.md'];
    const dropped = folderEntry('/storm', [
      fileEntry('/storm/day2.md'),
      folderEntry('/storm/day2', [fileEntry('/storm/day2/ferry.txt')]),
      fileEntry('/storm/a.md'),
    ]);
    const fromDrop = (await pickedFromDrop(transferOf(item(dropped, null)))).picked.map((p) => p.path);
    const fromPicker = pickedFromList(paths.map((p) => file(p.split('/').pop()!, p))).map((p) => p.path);
    expect(fromDrop).toEqual(['storm/a.md', 'storm/day2/ferry.txt', 'storm/day2.md']);
    expect(fromPicker).toEqual(fromDrop);
  });

  it('an entry that cannot be read is named, and the rest of the folder is read', async () => {
    const broken = {
      ...fileEntry('/storm/locked.md'),
      file: (_: unknown, fail: (e: Error) => void) => fail(new Error('permission denied')),
    };
    const dropped = folderEntry('/storm', [fileEntry('/storm/a.md'), broken]);
    const { picked, unreadable } = await pickedFromDrop(transferOf(item(dropped, null)));
    expect(picked.map((p) => p.path)).toEqual(['storm/a.md']);
    expect(unreadable).toEqual([{ path: 'storm/locked.md', severity: 'error', message: 'cannot be read (permission denied); skipped' }]);
    expect(sortPicked(picked, unreadable).skipped).toEqual(unreadable);
    expect(nothingToRead(unreadable)).toBe('Nothing could be read: storm/locked.md cannot be read (permission denied); skipped.');
  });
});

// Stand-ins for the entries a browser gives for dropped files and folders.
function fileEntry(fullPath: string) {
  return {
    isFile: true,
    isDirectory: false,
    name: fullPath.split('/').pop()!,
    fullPath,
    file: (done: (f: File) => void, _fail?: (e: Error) => void) => done(file(fullPath.split('/').pop()!)),
  };
}

function folderEntry(fullPath: string, children: object[]) {
  return {
    isFile: false,
    isDirectory: true,
    name: fullPath.split('/').pop()!,
    fullPath,
    createReader: () => {
      // Two batches, then the empty one that ends the folder.
      const batches = [children.slice(0, 1), children.slice(1), []];
      return { readEntries: (done: (e: object[]) => void) => done(batches.shift()!) };
    },
  };
}

const item = (entry: object | null, f: File | null) => ({ kind: 'file', webkitGetAsEntry: () => entry, getAsFile: () => f });
const transferOf = (...items: object[]) => ({ items, files: [] }) as unknown as DataTransfer;
