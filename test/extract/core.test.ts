// The pipeline's core runs in the browser too: no module reachable from its entries may import a
// Node built-in (node:fs, path, crypto…). Files are read by the CLI's input and read stages only.
import fs from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BROWSER_ENTRIES = ['src/extract/core.ts', 'src/extract/documentText.ts', 'src/app/collections/extractWorker.ts'];
const SPECIFIER =
  /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;
const BUILTIN = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

export function importsOf(file: string): string[] {
  const source = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
  return [...source.matchAll(SPECIFIER)].map((m) => (m[1] ?? m[2] ?? m[3])!);
}

/** Every project module reachable from `entry`, each with the bare specifiers it imports. */
function importGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const visit = (file: string) => {
    if (graph.has(file) || (!file.endsWith('.ts') && !file.endsWith('.tsx'))) return;
    const specifiers = importsOf(file);
    graph.set(
      file,
      specifiers.filter((s) => !s.startsWith('.')),
    );
    for (const s of specifiers) if (s.startsWith('.')) visit(path.resolve(path.dirname(file), s.replace(/\?.*$/, '')));
  };
  visit(path.join(ROOT, entry));
  return graph;
}

describe('the pipeline core imports no Node module', () => {
  it.each(BROWSER_ENTRIES)('%s', (entry) => {
    const graph = importGraph(entry);
    expect(graph.size).toBeGreaterThan(1);
    const offenders = [...graph].flatMap(([file, bare]) =>
      bare.filter((s) => BUILTIN.has(s) || s.startsWith('node:')).map((s) => `${path.relative(ROOT, file)} imports ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it('reaches every document stage from the core entry', () => {
    const files = [...importGraph('src/extract/core.ts').keys()].map((f) => path.relative(ROOT, f));
    for (const stage of ['frontMatter', 'sentences', 'times', 'actors', 'attribution', 'events', 'corpus', 'validate'])
      expect(files).toContain(`src/extract/${stage}.ts`);
  });

  it('would catch a Node import', () => {
    const dir = fs.mkdtempSync(path.join(ROOT, 'test/extract/.tmp-core-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.ts'), "import { b } from './b.ts';\nexport const a = b;\n");
      fs.writeFileSync(path.join(dir, 'b.ts'), "import { createHash } from 'node:crypto';\nexport const b = createHash;\n");
      const graph = importGraph(path.relative(ROOT, path.join(dir, 'a.ts')));
      expect([...graph.values()].flat()).toContain('node:crypto');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
