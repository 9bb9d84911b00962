// Produces the hostile dataset with the real extractor, so that the end-to-end test of untrusted
// text covers what the extractor actually writes.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';

export const HOSTILE_OUT = path.resolve(import.meta.dirname, '../../test-results/hostile-data');

export default function globalSetup(): void {
  rmSync(HOSTILE_OUT, { recursive: true, force: true });
  const root = path.resolve(import.meta.dirname, '../..');
  execFileSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'src/extract/cli.ts', 'test/e2e/fixtures/hostile', '--out', HOSTILE_OUT, '--quiet'],
    { cwd: root, stdio: 'inherit' },
  );
}
