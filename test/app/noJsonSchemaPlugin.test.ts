// The built app leaves out zod's JSON Schema converter: its stand-in must export every name the
// real modules do (else the build breaks on a newer zod), and schemas must still be made and used.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { exportedNames, noJsonSchemaPlugin, withoutJsonSchema } from '../../src/app/noJsonSchemaPlugin.ts';

const zodCore = path.join(path.dirname(createRequire(import.meta.url).resolve('zod/package.json')), 'v4', 'core');

describe('the build without JSON Schema', () => {
  it.each(['to-json-schema.js', 'json-schema-processors.js'])('stands in for every export of zod/v4/core/%s', async (name) => {
    const file = path.join(zodCore, name);
    const real = (await import(file)) as Record<string, unknown>;
    expect(exportedNames(readFileSync(file, 'utf8'))).toEqual(Object.keys(real).sort());
    const load = noJsonSchemaPlugin().load as (id: string) => string | null;
    const stand = load.call(null, file)!;
    for (const key of Object.keys(real)) expect(stand).toContain(`export const ${key} =`);
  });

  it('leaves every other module alone', () => {
    const load = noJsonSchemaPlugin().load as (id: string) => string | null;
    expect(load.call(null, path.join(zodCore, 'schemas.js'))).toBeNull();
  });

  it('makes schema methods without throwing, and throws only when a JSON Schema is asked for', async () => {
    const url = `data:text/javascript,${encodeURIComponent(withoutJsonSchema(['createToJSONSchemaMethod', 'finalize']))}`;
    const stub = (await import(/* @vite-ignore */ url)) as Record<string, (...args: unknown[]) => () => unknown>;
    const method = stub.createToJSONSchemaMethod!({});
    expect(() => method()).toThrow(/not part of this build/);
    expect(() => stub.finalize!()).toThrow(/not part of this build/);
  });

  it('warns when a build with zod never met the modules it stands in for (a zod that moved them)', () => {
    const build = (ids: string[]) => {
      const plugin = noJsonSchemaPlugin();
      const warn = vi.fn();
      const context = { warn, getModuleIds: () => ids.values() };
      (plugin.buildStart as (this: unknown) => void).call(context);
      for (const id of ids) (plugin.load as (this: unknown, id: string) => string | null).call(context, id);
      (plugin.buildEnd as (this: unknown, error?: Error) => void).call(context);
      return warn;
    };
    expect(build([path.join(zodCore, 'schemas.js')])).toHaveBeenCalledWith(expect.stringMatching(/JSON Schema modules were not found/));
    expect(build([path.join(zodCore, 'schemas.js'), path.join(zodCore, 'to-json-schema.js')])).not.toHaveBeenCalled();
    expect(build(['/project/src/app/main.tsx'])).not.toHaveBeenCalled();
  });
});
