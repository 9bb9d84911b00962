import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeOutput } from '../../src/extract/output.ts';
import { assignIds } from '../../src/extract/corpus.ts';
import { SCHEMA_VERSION } from '../../src/model/dataset.ts';
import type { Dataset } from '../../src/model/dataset.ts';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'te-out-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const dataset = (title: string): Dataset => ({
  schemaVersion: SCHEMA_VERSION,
  documents: [{ id: 'doc', path: 'doc.txt', title, date: null, sha256: '0'.repeat(64), source: null, url: null, length: 5 }],
  actors: [],
  events: [],
  diagnostics: [],
});
const text = (title: string) => ({ id: 'doc', title, text: 'hello', timexes: [], actorMentions: [] });

describe('writeOutput', () => {
  it('replaces a previous dataset whole and leaves no temporary folders', async () => {
    const out = path.join(dir, 'data');
    await writeOutput(out, dataset('first'), [text('first')]);
    fs.writeFileSync(path.join(out, 'documents', 'stale.json'), '{}');
    await writeOutput(out, dataset('second'), [text('second')]);
    expect(JSON.parse(fs.readFileSync(path.join(out, 'dataset.json'), 'utf8')).documents[0].title).toBe('second');
    expect(fs.readdirSync(path.join(out, 'documents'))).toEqual(['doc.json']);
    expect(fs.readdirSync(dir)).toEqual(['data']);
  });

  it('leaves one complete dataset when runs write at the same time', async () => {
    const out = path.join(dir, 'data');
    const titles = Array.from({ length: 8 }, (_, i) => `run ${i}`);
    await Promise.all(titles.map((t) => writeOutput(out, dataset(t), [text(t)])));
    const written = JSON.parse(fs.readFileSync(path.join(out, 'dataset.json'), 'utf8')).documents[0].title;
    const doc = JSON.parse(fs.readFileSync(path.join(out, 'documents', 'doc.json'), 'utf8')).title;
    expect(titles).toContain(written);
    expect(doc).toBe(written);
    expect(fs.readdirSync(dir)).toEqual(['data']);
  });

  it('clears what a crashed run left half-written, and leaves a running one alone', async () => {
    const crashed = path.join(dir, '.data.tmp-999999999-deadbeef');
    const running = path.join(dir, `.data.tmp-${process.pid}-cafebabe`);
    fs.mkdirSync(path.join(crashed, 'documents'), { recursive: true });
    fs.mkdirSync(running);
    await writeOutput(path.join(dir, 'data'), dataset('x'), [text('x')]);
    expect(fs.readdirSync(dir).sort()).toEqual([path.basename(running), 'data']);
  });

  it('gives a document the same id whatever other files are read beside it', () => {
    const [alone] = assignIds(['s/report.txt']);
    expect(assignIds(['s/a/report.txt', 's/report.txt', './s/report.txt'])).toEqual([expect.not.stringMatching(alone!), alone, expect.stringMatching(/^report-/)]);
    expect(assignIds(['./s/report.txt'])).toEqual([alone]);
  });

  it('never writes outside the output folder, whatever the input paths', async () => {
    const ids = assignIds(['../../etc/passwd', '/abs/path/..', 'a/b/Report (final).MD', 'c/report-final.md', '']);
    expect(ids).toEqual([
      expect.stringMatching(/^passwd-[0-9a-f]{6}$/),
      expect.stringMatching(/^document-[0-9a-f]{6}$/),
      expect.stringMatching(/^report-final-[0-9a-f]{6}$/),
      expect.stringMatching(/^report-final-[0-9a-f]{6}$/),
      expect.stringMatching(/^document-[0-9a-f]{6}$/),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9._-]*$/);
    await expect(writeOutput(path.join(dir, 'data'), dataset('x'), [{ ...text('x'), id: '../evil' }])).rejects.toThrow(/unsafe document id/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
