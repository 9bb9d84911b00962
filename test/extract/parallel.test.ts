import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/extract/cli.ts';
import { extract } from '../../src/extract/pipeline.ts';
import { writeOutput } from '../../src/extract/output.ts';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'te-jobs-'));
  const put = (name: string, data: string | Uint8Array) => {
    fs.mkdirSync(path.dirname(path.join(dir, 'docs', name)), { recursive: true });
    fs.writeFileSync(path.join(dir, 'docs', name), data);
  };
  // Sizes differ widely, so that with several workers the documents finish out of order.
  put(
    'a-long.md',
    `---\ntitle: Talks\ndate: 2024-03-04\n---\n${'Qatar hosted talks between Hamas and Israel in Doha on Monday. '.repeat(400)}`,
  );
  put('b.txt', 'Egypt brokered a ceasefire on March 3, 2024. The CIA director visited Cairo last week.\n');
  put('c.md', '---\ntitle: [broken\n---\nTurkey suspended flights in May 2023, officials said.\n');
  put('d.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
  put('e/f.txt', 'Jordan and Saudi Arabia held a summit in Amman on 12 June 2022.\n');
  put('g.txt', 'The United Nations approved a humanitarian convoy yesterday.\n');
  // A one-word name the corpus writes as a common word ("Spring" of "Arab Spring"): the workers' count of lower-case words must match.
  put('h.txt', 'Analysts said the Arab Spring had shaken markets. The Arab Spring faded in 2012, Ana Ruiz said.\n');
  put(
    'i.txt',
    'The spring was cold. In early spring the river rose; that spring, a spring storm hit, and this spring the snow melted on Friday.\n',
  );
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Every byte of the written output, file by file. */
function snapshot(out: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of fs.readdirSync(out, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      files[path.relative(out, path.join(entry.parentPath, entry.name))] = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
  }
  return files;
}

describe('extraction on worker threads', () => {
  it('writes the same bytes with one thread, two workers and three workers', async () => {
    const outputs = [];
    for (const jobs of [1, 2, 3]) {
      const result = await extract([path.join(dir, 'docs')], { jobs });
      const out = path.join(dir, `out-${jobs}`);
      await writeOutput(out, result.dataset, result.texts);
      outputs.push(snapshot(out));
    }
    const [one, two, three] = outputs;
    expect(Object.keys(one!).length).toBeGreaterThan(4);
    expect(JSON.parse(one!['dataset.json']!).events.length).toBeGreaterThan(3);
    expect(
      JSON.parse(one!['dataset.json']!)
        .diagnostics.map((d: { message: string }) => d.message)
        .join(' '),
    ).toMatch(/binary.*YAML|YAML.*binary/);
    expect(two).toEqual(one);
    expect(three).toEqual(one);
    for (const out of outputs) expect(JSON.parse(out['dataset.json']!).actors.map((a: { name: string }) => a.name)).not.toContain('Spring');
  }, 120_000);

  it('refuses a --jobs that is not a whole number of at least one, with exit status 2', async () => {
    const errors: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((m: unknown) => void errors.push(String(m)));
    try {
      for (const bad of ['0', '-2', '1.5', 'many'])
        expect(await main([path.join(dir, 'docs'), '--jobs', bad, '--out', path.join(dir, 'never')])).toBe(2);
    } finally {
      spy.mockRestore();
    }
    expect(errors.join('\n')).toMatch(/--jobs takes a whole number/);
    expect(fs.existsSync(path.join(dir, 'never'))).toBe(false);
  });
});
