import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/extract/cli.ts';
import { checkOutDir, defaultProtectedDirs } from '../../src/extract/outDir.ts';
import { writeOutput } from '../../src/extract/output.ts';
import { SCHEMA_VERSION } from '../../src/model/dataset.ts';
import type { Dataset } from '../../src/model/dataset.ts';

// A user's project: sources under version control, documents, a notes folder, a file.
let root: string;
let errors: string[];
const at = (...parts: string[]) => path.join(root, ...parts);
const put = (relative: string, text = 'mine') => {
  fs.mkdirSync(path.dirname(at(relative)), { recursive: true });
  fs.writeFileSync(at(relative), text);
};

/** Every file under root that the extractor did not make, with its content. */
function userFiles(dir = root, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const name = prefix + entry.name;
    if (entry.name.endsWith('.versions') || entry.name.includes('.link-') || entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) Object.assign(out, userFiles(path.join(dir, entry.name), `${name}/`));
    else out[name] = fs.readFileSync(path.join(dir, entry.name), 'utf8');
  }
  return out;
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'te-outdir-'));
  put('project/package.json', '{}');
  put('project/.git/HEAD', 'ref: refs/heads/main');
  put('project/src/app.ts', 'code');
  put('project/seeds/news/a.md', 'Hamas and Israel met in Doha on Monday.');
  put('project/notes/todo.txt', 'call the editor');
  put('project/report.json', '{"mine": true}');
  fs.mkdirSync(at('project/empty'));
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.join(' ')));
  process.chdir(at('project'));
});
const home = process.cwd();
afterEach(() => {
  process.chdir(home);
  vi.restoreAllMocks();
  fs.rmSync(root, { recursive: true, force: true });
});

const rules = () => ({ inputs: [at('project/seeds')], protectedDirs: [at('project'), os.homedir()] });

describe('checkOutDir: the extractor only ever replaces its own output', () => {
  it.each([
    ['the project folder', 'project', /project folder/],
    ['the project folder spelled with a trailing dot', 'project/src/..', /project folder/],
    ['a folder above the project', '.', /project folder .* or a folder above it/],
    ['the input folder', 'project/seeds', /input .* documents would be lost/],
    ['a folder above the input', 'project/seeds/..', /project folder|input/],
    ['an existing file', 'project/report.json', /existing file/],
    ['a folder holding files the extractor did not write', 'project/notes', /did not write/],
    ['a path through a file', 'project/report.json/out', /part of its path is a file/],
  ])('refuses %s', (_, out, reason) => {
    const checked = checkOutDir(at(out), rules());
    expect(checked).toEqual({ ok: false, reason: expect.stringMatching(reason) });
  });

  it('refuses the home folder', () => {
    expect(checkOutDir(os.homedir(), { inputs: [] })).toEqual({ ok: false, reason: expect.stringMatching(/home folder/) });
  });

  it('refuses an input reached through a symbolic link', () => {
    fs.symlinkSync(at('project/seeds'), at('project/alias'));
    expect(checkOutDir(at('project/alias'), rules()).ok).toBe(false);
    expect(checkOutDir(at('project/seeds'), { ...rules(), inputs: [at('project/alias')] }).ok).toBe(false);
  });

  it('refuses a symbolic link it did not make, and leaves it alone', () => {
    fs.symlinkSync(at('project/empty'), at('project/link'));
    expect(checkOutDir(at('project/link'), rules())).toEqual({
      ok: false,
      reason: expect.stringMatching(/symbolic link the extractor did not make/),
    });
  });

  it('accepts a new folder, an empty one, and its own earlier output', async () => {
    expect(checkOutDir(at('project/out/data'), rules()).ok).toBe(true);
    expect(checkOutDir(at('project/empty'), rules()).ok).toBe(true);
    await writeOutput(at('project/out'), emptyDataset(), []);
    expect(checkOutDir(at('project/out'), rules()).ok).toBe(true);
  });

  it('finds the project folder from the working folder', () => {
    expect(defaultProtectedDirs(at('project/src'))).toContain(at('project'));
  });
});

describe('extract --out, as a user would type it', () => {
  it.each([
    ['.', 'the project it runs in'],
    ['seeds', 'the folder it reads'],
    ['seeds/news', 'a folder it reads'],
    ['report.json', 'an existing file'],
    ['notes', 'a folder of the user'],
    [os.homedir(), 'the home folder'],
  ])('--out %s (%s) exits 2 and changes nothing', async (out) => {
    const before = userFiles();
    expect(await main(['seeds', '--out', out])).toBe(2);
    expect(errors.join('\n')).toMatch(/refusing to write the dataset to .*Nothing was written/);
    expect(userFiles()).toEqual(before);
  });

  it('writes a new folder, and replaces it on the next run', async () => {
    expect(await main(['seeds', '--out', 'timeline', '--quiet'])).toBe(0);
    expect(await main(['seeds', '--out', 'timeline', '--quiet'])).toBe(0);
    expect(JSON.parse(fs.readFileSync(at('project/timeline/dataset.json'), 'utf8')).documents).toHaveLength(1);
  });
});

describe('any spelling of any path', () => {
  it('never loses a file the user owns', async () => {
    const names = ['project', 'seeds', 'news', 'notes', 'src', '.git', 'empty', 'out', 'report.json', '..', '.', ''];
    const spelling = fc.array(fc.constantFrom(...names), { minLength: 1, maxLength: 5 }).map((parts) => parts.join('/') + '');
    const trailing = fc.constantFrom('', '/', '/.', '//');
    const before = userFiles();
    await fc.assert(
      fc.asyncProperty(spelling, trailing, async (p, t) => {
        const out = path.join(at('project'), p) + t;
        const checked = checkOutDir(out, rules());
        if (checked.ok) await writeOutput(out, emptyDataset(), []);
        expect(userFiles()).toEqual(before);
      }),
      { numRuns: 300, seed: 20261203 },
    );
  });
});

function emptyDataset(): Dataset {
  return { schemaVersion: SCHEMA_VERSION, documents: [], actors: [], events: [], diagnostics: [] };
}
