// Zod's schemas carry a converter to JSON Schema (`toJSONSchema`, `~standard.jsonSchema`) that
// the app never calls, yet every schema module imports it: about 15 kB of minified code in the
// page and as much in the dataset's reader. In the built app those two modules are replaced by
// ones that export the same names, each throwing when called, so that the page's JavaScript stays
// within its budget. Everything the app does with zod (parsing, checking, error messages) is untouched.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** Zod's JSON Schema modules, by the end of their path. */
const JSON_SCHEMA = /[\\/]zod[\\/]v4[\\/]core[\\/](to-json-schema|json-schema-processors)\.js$/;

/** The names a module exports (declared, or renamed in an export list). */
export function exportedNames(source: string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(/^export\s+(?:async\s+)?(?:function\*?|const|let|var|class)\s+([\w$]+)/gm)) names.add(m[1]!);
  for (const m of source.matchAll(/^export\s*\{([^}]*)\}/gm))
    for (const part of m[1]!.split(',')) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop();
      if (name) names.add(name);
    }
  return [...names].sort();
}

/** A module exporting `names`, each a function that (called, or its result called) says JSON Schema is not in this build. */
export function withoutJsonSchema(names: readonly string[]): string {
  const lines = [
    "const off = () => { throw new Error('JSON Schema output is not part of this build of the app'); };",
    // The schema methods are made with a factory when a schema is built: the factory must not throw.
    'const made = () => off;',
  ];
  for (const name of names) lines.push(`export const ${name} = ${name.startsWith('create') ? 'made' : 'off'};`);
  return `${lines.join('\n')}\n`;
}

export function noJsonSchemaPlugin(): Plugin {
  let replaced = 0;
  return {
    name: 'timeline-no-json-schema',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      replaced = 0;
    },
    load(id) {
      const file = id.split('?')[0]!;
      if (!JSON_SCHEMA.test(file)) return null;
      replaced += 1;
      return withoutJsonSchema(exportedNames(readFileSync(file, 'utf8')));
    },
    buildEnd(error) {
      // A zod that moved these modules would put the converter back in the page without a word.
      if (!error && replaced === 0 && this.getModuleIds) {
        const zod = [...this.getModuleIds()].some((id) => /[\\/]zod[\\/]/.test(id));
        if (zod) this.warn("zod's JSON Schema modules were not found where expected: the page carries its converter (about 15 kB)");
      }
    },
  };
}
