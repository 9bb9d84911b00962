import { describe, expect, it } from 'vitest';
import { extractTexts } from '../../src/extract/pipeline.ts';
import { MAX_EVIDENCE, MAX_NAME, MAX_TITLE, clip } from '../../src/extract/limits.ts';

describe('what one record may carry', () => {
  it('keeps the first 1,000 passages of an event told 1,500 times and counts the other 500', () => {
    // The same sentence in 1,500 documents (a wire story copied everywhere) is one event.
    const sources = Array.from({ length: 1500 }, (_, k) => ({
      path: `copies/${String(k).padStart(4, '0')}.md`,
      raw: `---\ntitle: Copy ${k}\ndate: 2024-06-12\n---\nQatar hosted the talks in Doha on Monday morning. Reporter ${k} filed from the hall.`,
    }));
    const { dataset } = extractTexts(sources);
    const event = dataset.events.find((e) => e.evidence.length > 1)!;
    expect(event.evidence).toHaveLength(MAX_EVIDENCE);
    expect(event.evidenceOmitted).toBe(500);
    // Kept in document order: the first passages, not arbitrary ones.
    const order = new Map(dataset.documents.map((d, i) => [d.id, i]));
    const kept = event.evidence.map((e) => order.get(e.docId)!);
    expect(kept).toEqual([...kept].sort((x, y) => x - y));
    expect(dataset.documents[kept[0]!]!.path).toBe('copies/0000.md');
  });

  it('leaves evidenceOmitted out when nothing was left out', () => {
    const sources = [1, 2].map((k) => ({
      path: `twice/${k}.md`,
      raw: `---\ntitle: T${k}\ndate: 2024-06-12\n---\nQatar hosted the talks in Doha on Monday morning. Note ${k}.`,
    }));
    const { dataset } = extractTexts(sources);
    expect(dataset.events.some((e) => e.evidence.length === 2)).toBe(true);
    expect(dataset.events.every((e) => e.evidenceOmitted === undefined)).toBe(true);
  });

  it('cuts a very long title, at a word, with an ellipsis', () => {
    const raw = `---\ntitle: ${'Egypt brokered a ceasefire between the parties '.repeat(20000)}\n---\nThe talks resumed on March 3, 2024.\n`;
    const { dataset, texts } = extractTexts([{ path: 'long-title.md', raw }]);
    expect(texts[0]!.title).toBe(dataset.documents[0]!.title);
    const title = dataset.documents[0]!.title;
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE);
    expect(title).toMatch(/^Egypt brokered a ceasefire .*[a-z]…$/);
    for (const e of dataset.events) expect(e.title.length).toBeLessThanOrEqual(MAX_TITLE);
    for (const a of dataset.actors) expect(a.name.length).toBeLessThanOrEqual(MAX_NAME);
  });

  it.each([
    ['short text', 10, 'short text'],
    ['one two three four', 12, 'one two…'],
    ['abcdefghijklmnopqrstuvwxyz', 10, 'abcdefghi…'],
    ['ab😀cd', 4, 'ab…'],
  ])('clip(%j, %i) is %j', (text, max, expected) => {
    expect(clip(text, max)).toBe(expected);
    expect(clip(text, max).length).toBeLessThanOrEqual(max);
  });
});
