import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../src/model/dataset.ts';
import { diffDatasets, formatDiff } from '../../src/extract/diffDatasets.ts';
import { main } from '../../src/extract/diffCli.ts';
import seed from '../e2e/fixtures/seed/dataset.json';

const before = () => structuredClone(seed) as Dataset;

function changed(): Dataset {
  const after = before();
  after.events = after.events.filter((e) => e.id !== 'e-last-contact');
  const doha = after.events.find((e) => e.id === 'e-doha-session')!;
  doha.title = 'Emergency session in Doha';
  doha.time = { ...doha.time!, value: '2024-06-11', start: '2024-06-11', end: '2024-06-12' };
  after.events.push({ ...structuredClone(doha), id: 'e-new', title: 'A new event' });
  return after;
}

describe('diff between two datasets', () => {
  it('lists events added, removed and changed, matched by id, with each changed field', () => {
    const diff = diffDatasets(before(), changed());
    expect(diff.added.map((e) => e.id)).toEqual(['e-new']);
    expect(diff.removed.map((e) => e.id)).toEqual(['e-last-contact']);
    expect(diff.changed).toEqual([
      {
        id: 'e-doha-session',
        title: 'Emergency session in Doha',
        fields: [
          expect.stringMatching(/^title: ".*" → "Emergency session in Doha"$/),
          'date: 2024-06-10 → 2024-06-11',
          'span: 2024-06-10 to 2024-06-11 → 2024-06-11 to 2024-06-12',
        ],
      },
    ]);
    expect(diff.unchanged).toBe(seed.events.length - 2);
    expect(formatDiff(diff).split('\n').at(-1)).toBe(`1 added, 1 removed, 1 changed, ${seed.events.length - 2} unchanged`);
  });

  it('finds nothing between a dataset and itself', () => {
    expect(diffDatasets(before(), before())).toMatchObject({ added: [], removed: [], changed: [] });
  });

  it('names a passage by its document path, so that documents given new ids change nothing', () => {
    const renamed = before();
    renamed.documents = renamed.documents.map((d) => ({ ...d, id: `new-${d.id}` }));
    renamed.events = renamed.events.map((e) => ({ ...e, evidence: e.evidence.map((v) => ({ ...v, docId: `new-${v.docId}` })) }));
    expect(diffDatasets(before(), renamed)).toMatchObject({ added: [], removed: [], changed: [] });
    const moved = before();
    moved.events[0]!.evidence[0]!.start += 1;
    expect(diffDatasets(before(), moved).changed).toEqual([
      expect.objectContaining({ fields: [expect.stringMatching(/^passages: seeds\//)] }),
    ]);
  });

  it('exits as diff does: 0 the same, 1 different, 2 for a wrong command line or folder', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'te-diff-'));
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      for (const [name, data] of [
        ['old', before()],
        ['new', changed()],
      ] as const) {
        fs.mkdirSync(path.join(root, name));
        fs.writeFileSync(path.join(root, name, 'dataset.json'), JSON.stringify(data));
      }
      expect(main([path.join(root, 'old'), path.join(root, 'old')])).toBe(0);
      expect(main([path.join(root, 'old'), path.join(root, 'new')])).toBe(1);
      expect(log.mock.calls.at(-1)![0]).toContain('+ e-new');
      expect(main([path.join(root, 'old')])).toBe(2);
      expect(main([path.join(root, 'old'), path.join(root, 'missing')])).toBe(2);
      // A file that cannot be read is named, whichever of the two it is.
      fs.mkdirSync(path.join(root, 'bad'));
      fs.writeFileSync(
        path.join(root, 'bad', 'dataset.json'),
        JSON.stringify({ ...before(), schemaVersion: 7, shared: { titles: 'oops' } }),
      );
      expect(main([path.join(root, 'old'), path.join(root, 'bad')])).toBe(2);
      expect(error.mock.calls.at(-1)![0]).toBe(
        `error: ${path.join(root, 'bad', 'dataset.json')}: The dataset's shared.titles is not a list: re-run the extractor (npm run extract) on its documents.`,
      );
      fs.writeFileSync(path.join(root, 'bad', 'dataset.json'), JSON.stringify({ ...before(), schemaVersion: 99 }));
      expect(main([path.join(root, 'bad'), path.join(root, 'old')])).toBe(2);
      expect(error.mock.calls.at(-1)![0]).toMatch(
        new RegExp(`^error: ${path.join(root, 'bad', 'dataset.json')}: The dataset has schema version 99`),
      );
    } finally {
      log.mockRestore();
      error.mockRestore();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
