import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/extract/cli.ts';
import { extract } from '../../src/extract/pipeline.ts';
import { datasetSchema } from '../../src/model/dataset.ts';
import { validateDataset } from '../../src/model/validate.ts';

let dir: string;
let errors: string[];
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'te-cli-'));
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.join(' ')));
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void errors.push(args.join(' ')));
});
afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

const put = (name: string, data: string | Uint8Array) => {
  const file = path.join(dir, 'docs', name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, data);
  return file;
};
const fileOf = (out: string): unknown => JSON.parse(fs.readFileSync(path.join(out, 'dataset.json'), 'utf8'));
/** The written file as the app and every tool read it: each record kept. */
const readDataset = (out: string) => {
  const { dataset, problems } = validateDataset(fileOf(out));
  expect(problems).toEqual([]);
  return dataset;
};

describe('extract CLI', () => {
  it('reports every bad document by name and still extracts the good ones', async () => {
    put('good.md', '---\ntitle: Good\ndate: 2024-06-12\n---\nHamas and Israel met in Doha on Monday.\n');
    put('empty.txt', '');
    put('binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
    put('latin1.txt', new Uint8Array([...Buffer.from('Qatar mediated a caf'), 0xe9, ...Buffer.from(' meeting.')]));
    put('broken.md', '---\ntitle: [oops\n---\nEgypt brokered a ceasefire.\n');
    put('image.png', 'not really a png');
    put('huge.txt', 'word '.repeat(2.2 * 1024 * 1024));
    fs.symlinkSync(path.join(dir, 'nowhere.txt'), path.join(dir, 'docs', 'dangling.txt'));
    fs.symlinkSync(path.join(dir, 'docs'), path.join(dir, 'docs', 'loop'));
    const out = path.join(dir, 'out');

    expect(await main([path.join(dir, 'docs'), '--out', out])).toBe(0);

    const dataset = readDataset(out);
    expect(dataset.documents.map((d) => d.title)).toEqual(['Egypt brokered a ceasefire.', 'Good', 'Qatar mediated a café meeting.']);
    const said = (name: string) =>
      dataset.diagnostics
        .filter((d) => path.basename(d.path) === name)
        .map((d) => d.message)
        .join(' ');
    expect(said('empty.txt')).toMatch(/empty/);
    expect(said('binary.txt')).toMatch(/binary/);
    expect(said('latin1.txt')).toMatch(/Windows-1252/);
    expect(said('broken.md')).toMatch(/not valid YAML/);
    expect(said('image.png')).toMatch(/unsupported file type/);
    expect(said('huge.txt')).toMatch(/over the 10\.0 MB limit/);
    expect(said('dangling.txt')).toMatch(/dangling symbolic link/);
    expect(said('loop')).toMatch(/loop/);
    expect(errors.join('\n')).toMatch(/error: .*binary\.txt: is a binary file/);
    expect(errors.at(-1)).toMatch(/^Extracted 3 documents: \d+ events/);
    // One file per document read, named by its id.
    expect(dataset.documents.map((d) => path.basename(d.path))).toEqual(['broken.md', 'good.md', 'latin1.txt']);
    expect(fs.readdirSync(path.join(out, 'documents')).sort()).toEqual(dataset.documents.map((d) => `${d.id}.json`).sort());
  });

  it('writes a file that reads back as extracted, with the titles and attributions events share written once', async () => {
    const story = '---\ntitle: Talks\ndate: 2024-06-12\n---\nHamas rejected the proposal on Monday, officials said.\n';
    put('a.md', story);
    put('b.md', story.replace('2024-06-12', '2023-03-01'));
    const out = path.join(dir, 'out');
    expect(await main([path.join(dir, 'docs'), '--out', out, '--quiet'])).toBe(0);
    const file = fileOf(out) as { shared: { titles: unknown[]; attributions: unknown[] } };
    expect(file.shared.titles.length).toBeGreaterThan(0);
    expect(file.shared.attributions.length).toBeGreaterThan(0);
    // As extracted, but for each event's reports, which a reader counts from its passages when the file leaves them out.
    const extracted = (await extract([path.join(dir, 'docs')])).dataset.events.map(({ reports: _, ...event }) => event);
    expect(readDataset(out).events).toEqual(extracted);
    // The schema a reader of this version's file is given reads it too.
    expect(datasetSchema.parse(file).events).toEqual(extracted);
  });

  it('reports a file that disappears during the run, and extracts the others', async () => {
    // More files than are read ahead, so that the last one is still unread when it goes.
    const files = Array.from({ length: 12 }, (_, i) => put(`doc-${String(i).padStart(2, '0')}.txt`, `Hamas met Qatar in round ${i}.`));
    const doomed = files.at(-1)!;
    const { dataset, read } = await extract([path.join(dir, 'docs')], {
      onDocument: (done) => done === 1 && fs.rmSync(doomed),
    });
    expect(read).toBe(11);
    const published = (file: string) => `docs/${path.basename(file)}`;
    expect(dataset.documents.map((d) => d.path)).toEqual(files.slice(0, -1).map(published));
    expect(dataset.diagnostics).toEqual([
      { path: published(doomed), severity: 'error', message: 'disappeared before it could be read; skipped' },
    ]);
  });

  it('fails, writing nothing, when no document can be read', async () => {
    put('empty.txt', '');
    const out = path.join(dir, 'out');
    expect(await main([path.join(dir, 'docs'), '--out', out])).toBe(1);
    expect(fs.existsSync(out)).toBe(false);
    expect(errors.join('\n')).toMatch(/no document could be read/);
  });

  it('says so in one line, without a stack trace, when the output folder cannot be made', async () => {
    put('a.txt', 'Hamas met Qatar.');
    const blocker = path.join(dir, 'file');
    fs.writeFileSync(blocker, 'not a folder');
    expect(await main([path.join(dir, 'docs'), '--out', path.join(blocker, 'out')])).toBe(2);
    expect(errors.at(-1)).toMatch(/^error: refusing to write the dataset to .*file\/out: a part of its path is a file, not a folder/);
    expect(errors.join('\n')).not.toMatch(/\n\s+at /);
    expect(fs.readFileSync(blocker, 'utf8')).toBe('not a folder');
  });

  it('prints file names with control characters escaped, so a name cannot drive the terminal', async () => {
    put('\u001b[2J\u001b[Hcleared.txt', '');
    put('ok.txt', 'Hamas met Qatar.');
    expect(await main([path.join(dir, 'docs'), '--out', path.join(dir, 'out')])).toBe(0);
    const printed = errors.join('\n');
    expect(printed).toContain('\\u001b[2J\\u001b[Hcleared.txt');
    // eslint-disable-next-line no-control-regex
    expect(printed).not.toMatch(/\u001b/);
  });

  it('gives the same bytes, ids and paths however the input folder is spelled, and publishes no local path', async () => {
    put('a.md', '---\ntitle: A\ndate: 2024-06-12\n---\nHamas and Israel met in Doha on Monday.\n');
    put('sub/b.txt', 'Egypt brokered a ceasefire in 2021.');
    const lexicon = path.join(dir, 'broken-lexicon.json');
    fs.writeFileSync(lexicon, '{"actors": [{"kind": "person"}]}');
    const spellings = [path.join(dir, 'docs'), path.join(dir, 'docs') + '/', path.relative(process.cwd(), path.join(dir, 'docs'))];
    const outputs = [];
    for (const [i, spelling] of spellings.entries()) {
      const out = path.join(dir, `out-${i}`);
      expect(
        await main([spelling, '--out', out, '--lexicon', lexicon, '--lexicon', path.join(dir, 'missing-lexicon.json'), '--quiet']),
      ).toBe(0);
      outputs.push(fs.readFileSync(path.join(out, 'dataset.json'), 'utf8'));
    }
    expect(new Set(outputs).size).toBe(1);
    expect(outputs[0]).not.toContain(dir);
    expect(JSON.parse(outputs[0]!).documents.map((d: { path: string }) => d.path)).toEqual(['docs/a.md', 'docs/sub/b.txt']);
  });

  it('explains itself with --help and rejects an unknown option', async () => {
    expect(await main(['--help'])).toBe(0);
    expect(errors.join('\n')).toMatch(/Usage: npm run extract -- \[files or folders…\]/);
    expect(await main(['--frobnicate'])).toBe(2);
  });

  it('writes a byte-identical dataset under any time zone and locale', () => {
    put('a.md', '---\ndate: 2024-06-12\n---\nOn Friday, Qatar hosted talks. Last year the ceasefire collapsed.\n');
    put('b.txt', 'Axios sources indicate CIA operatives facilitated a June 10 session in Doha since May 2024.');
    const runIn = (tz: string, lang: string) => {
      const out = path.join(dir, `out-${tz.replace('/', '-')}`);
      execFileSync(process.execPath, ['src/extract/run.mjs', 'src/extract/cli.ts', path.join(dir, 'docs'), '--out', out, '--quiet'], {
        env: { ...process.env, TZ: tz, LANG: lang, LC_ALL: lang },
        stdio: 'pipe',
      });
      const files = ['dataset.json', ...fs.readdirSync(path.join(out, 'documents')).map((f) => path.join('documents', f))];
      return files.map((f) => fs.readFileSync(path.join(out, f), 'utf8')).join('\n');
    };
    const utc = runIn('UTC', 'C');
    expect(runIn('Pacific/Kiritimati', 'de_DE.UTF-8')).toBe(utc);
    expect(runIn('America/Los_Angeles', 'tr_TR.UTF-8')).toBe(utc);
  }, 60_000);
});
