/** The folder bundles are written to (inside node_modules, where their packages are found). */
export const CACHE: string;

/**
 * The bundle of `entry` (a TypeScript file), written as `<name>-<hash>.mjs` in the cache, or null
 * when it cannot be made: the caller then loads the sources.
 */
export function bundled(entry: string, name: string): Promise<URL | null>;
