import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectInputs } from '../../src/extract/inputs.ts';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'te-inputs-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const touch = (name: string, data = 'text') => {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, data);
  return file;
};

describe('collectInputs', () => {
  it('walks folders recursively in code-unit order, keeping .txt, .md and .markdown files', async () => {
    touch('b.md');
    touch('a.txt');
    touch('sub/c.markdown');
    touch('Z.txt');
    const { files } = await collectInputs([dir]);
    expect(files.map((f) => path.relative(dir, f.file))).toEqual(['Z.txt', 'a.txt', 'b.md', path.join('sub', 'c.markdown')]);
  });

  it('skips other files with a diagnostic naming each', async () => {
    touch('doc.txt');
    touch('photo.png');
    touch('.DS_Store');
    const { files, diagnostics } = await collectInputs([dir]);
    expect(files).toHaveLength(1);
    expect(diagnostics.map((d) => [path.basename(d.path), d.severity])).toEqual([
      ['.DS_Store', 'info'],
      ['photo.png', 'info'],
    ]);
    expect(diagnostics[1]!.message).toMatch(/unsupported file type \(\.png\)/);
  });

  it("skips a folder's notes (README, SOURCES, LICENSE) when walking it, and reads one named on its own", async () => {
    touch('001-storm.md');
    touch('README.md');
    touch('SOURCES.md');
    touch('licence.txt');
    touch('sub/readme.txt');
    const { files, diagnostics } = await collectInputs([dir]);
    expect(files.map((f) => path.basename(f.file))).toEqual(['001-storm.md']);
    expect(diagnostics.map((d) => [path.basename(d.path), d.severity])).toEqual([
      ['README.md', 'info'],
      ['SOURCES.md', 'info'],
      ['licence.txt', 'info'],
      ['readme.txt', 'info'],
    ]);
    const named = await collectInputs([path.join(dir, 'SOURCES.md')]);
    expect(named.files).toHaveLength(1);
  });

  it('warns about an unsupported file named on the command line', async () => {
    const { diagnostics } = await collectInputs([touch('report.pdf')]);
    expect(diagnostics[0]).toMatchObject({ severity: 'warning', message: expect.stringMatching(/\.pdf/) });
  });

  it('reports a missing path and a dangling symbolic link, and goes on', async () => {
    touch('ok.txt');
    fs.symlinkSync(path.join(dir, 'nowhere.txt'), path.join(dir, 'dangling.txt'));
    const { files, diagnostics } = await collectInputs([path.join(dir, 'missing.txt'), dir]);
    expect(files.map((f) => path.basename(f.file))).toEqual(['ok.txt']);
    expect(diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(/does not exist/),
      expect.stringMatching(/dangling symbolic link/),
    ]);
  });

  it('survives a symbolic link loop and reads each file once', async () => {
    touch('sub/doc.txt');
    fs.symlinkSync(dir, path.join(dir, 'sub', 'loop'));
    fs.symlinkSync(path.join(dir, 'sub', 'doc.txt'), path.join(dir, 'alias.txt'));
    const { files, diagnostics } = await collectInputs([dir]);
    expect(files).toHaveLength(1);
    expect(diagnostics.some((d) => /symbolic link loop/.test(d.message))).toBe(true);
    expect(diagnostics.some((d) => /same file as/.test(d.message))).toBe(true);
  });

  it('names documents from the input folder down, however the input was spelled', async () => {
    touch('news/a.txt');
    touch('news/sub/b.md');
    const base = path.basename(dir);
    const spellings = [
      path.join(dir, 'news'),
      path.join(dir, 'news') + '/',
      path.join(dir, 'news', '..', 'news'),
      path.relative(process.cwd(), path.join(dir, 'news')),
    ];
    for (const spelling of spellings) {
      const { files } = await collectInputs([spelling]);
      expect(files.map((f) => f.path)).toEqual(['news/a.txt', 'news/sub/b.md']);
    }
    const { files } = await collectInputs([path.join(dir, 'news', 'sub', 'b.md')]);
    expect(files.map((f) => f.path)).toEqual(['b.md']);
    expect(files[0]!.path).not.toContain(base);
  });

  it('never names a diagnostic by an absolute local path', async () => {
    touch('news/photo.png');
    const { diagnostics } = await collectInputs([path.join(dir, 'news'), path.join(dir, 'missing')]);
    expect(diagnostics.map((d) => d.path)).toEqual(['news/photo.png', 'missing']);
  });
});
