import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/pipeline.ts';
import { writeOutput } from '../../src/extract/output.ts';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'te-run-'));
  fs.mkdirSync(path.join(dir, 'docs'));
  fs.writeFileSync(
    path.join(dir, 'docs', 'a.md'),
    '---\ntitle: Talks\ndate: 2024-03-04\n---\nQatar hosted talks between Hamas and Israel in Doha on Monday, officials said.\n',
  );
  fs.writeFileSync(
    path.join(dir, 'docs', 'b.txt'),
    'The CIA director visited Cairo last week. Egypt brokered a ceasefire on March 3, 2024.\n',
  );
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const files = (out: string) =>
  ['dataset.json', ...fs.readdirSync(path.join(out, 'documents')).map((f) => path.join('documents', f))].map((f) => [
    f,
    fs.readFileSync(path.join(out, f), 'utf8'),
  ]);

describe('npm run extract (the CLI run from its bundle, with no TypeScript loader)', () => {
  it('writes the very bytes the extractor writes when run from its sources, built-in lexicon included', async () => {
    const bundledOut = path.join(dir, 'bundled');
    execFileSync(process.execPath, ['src/extract/run.mjs', 'src/extract/cli.ts', path.join(dir, 'docs'), '--out', bundledOut, '--quiet'], {
      stdio: 'pipe',
    });
    const result = await extract([path.join(dir, 'docs')]);
    const sourcesOut = path.join(dir, 'sources');
    await writeOutput(sourcesOut, result.dataset, result.texts);
    expect(files(bundledOut)).toEqual(files(sourcesOut));
    // The lexicon beside the sources was read: it names the CIA's parent.
    const actors = JSON.parse(fs.readFileSync(path.join(bundledOut, 'dataset.json'), 'utf8')).actors;
    expect(actors.find((a: { name: string }) => /CIA|Central Intelligence/.test(a.name))?.parentId).toBe('united-states');
  }, 60_000);

  it('extracts on workers when Node is given a heap size (which a worker thread refuses as an option)', () => {
    const out = path.join(dir, 'heap');
    execFileSync(
      process.execPath,
      [
        '--max-old-space-size=1024',
        'src/extract/run.mjs',
        'src/extract/cli.ts',
        path.join(dir, 'docs'),
        '--out',
        out,
        '--jobs',
        '2',
        '--quiet',
      ],
      { stdio: 'pipe' },
    );
    const dataset = JSON.parse(fs.readFileSync(path.join(out, 'dataset.json'), 'utf8'));
    expect(dataset.documents).toHaveLength(2);
    expect(dataset.diagnostics).toEqual([]);
    expect(dataset.events.map((e: { time: { value: string } | null }) => e.time?.value)).toContain('2024-03-03');
  }, 60_000);

  it('gives the entry its own command line', () => {
    const help = execFileSync(process.execPath, ['src/extract/run.mjs', 'src/extract/cli.ts', '--help']).toString();
    expect(help).toMatch(/Usage: npm run extract/);
  }, 60_000);
});
