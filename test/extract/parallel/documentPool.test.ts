import { describe, expect, it } from 'vitest';
import { createDocumentPool } from '../../../src/extract/parallel/documentPool.ts';
import type { DocumentTask } from '../../../src/extract/parallel/types.ts';

const task = (path: string): DocumentTask => ({ path, id: path, raw: 'text', diagnostics: [] });

describe('a document whose work throws in this thread', () => {
  it('is skipped with an error naming its file, and the run goes on', async () => {
    const pool = await createDocumentPool(1, [], (t) => {
      if (t.path === 'bad.md') throw new RangeError('Invalid array length');
      return { doc: null, diagnostics: [] };
    });
    const [bad, good] = await Promise.all([pool.process(task('bad.md')), pool.process(task('good.md'))]);
    await pool.close();
    expect(bad.doc).toBeNull();
    expect(bad.diagnostics).toEqual([{ path: 'bad.md', severity: 'error', message: 'could not be processed (RangeError); skipped' }]);
    expect(good.diagnostics).toEqual([]);
  });
});
