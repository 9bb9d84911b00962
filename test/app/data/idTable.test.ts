import { describe, expect, it } from 'vitest';
import { idTable } from '../../../src/app/data/idTable.ts';
import { hashId } from '../../../src/app/data/eventIds.ts';

describe('idTable', () => {
  it('tells each id new once, and every repeat as seen, through its growth', () => {
    const table = idTable();
    const ids = Array.from({ length: 50_000 }, (_, k) => `event-${k}`);
    expect(ids.every((id) => table.add(id))).toBe(true);
    expect(ids.some((id) => table.add(id))).toBe(false);
    expect(table.add('event-50000')).toBe(true);
  });

  it('keeps apart two ids whose hashes are the same', () => {
    const byHash = new Map<number, string>();
    let pair: [string, string] | null = null;
    for (let k = 0; !pair; k++) {
      const id = `e${k}`;
      const other = byHash.get(hashId(id));
      if (other) pair = [other, id];
      else byHash.set(hashId(id), id);
    }
    const table = idTable();
    expect(table.add(pair[0])).toBe(true);
    expect(table.add(pair[1])).toBe(true);
    expect(table.add(pair[1])).toBe(false);
  });
});
