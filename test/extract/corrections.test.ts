import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/pipeline.ts';
import type { Extraction } from '../../src/extract/pipeline.ts';
import { applyCorrections, parseCorrections, statedTime } from '../../src/extract/corrections.ts';
import { checkDataset } from '../../src/model/validate.ts';
import { fileId } from '../../src/model/compact.ts';

const STORY = `---
title: Talks resume
date: 2024-06-12
---
Qatar hosted the talks in Doha on June 10, 2024, officials said. Hamas rejected the proposal on Tuesday.
Egyptian mediators met the Hamas delegation in Cairo in May 2024.
`;

let dir: string;
let plain: Extraction;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'te-corr-'));
  fs.writeFileSync(path.join(dir, 'story.md'), STORY);
  plain = await extract([dir]);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function withFile(yaml: string): Promise<Extraction> {
  fs.writeFileSync(path.join(dir, 'corrections.yaml'), yaml);
  try {
    return await extract([dir]);
  } finally {
    fs.rmSync(path.join(dir, 'corrections.yaml'));
  }
}

const messages = (x: Extraction) =>
  x.dataset.diagnostics.filter((d) => d.path.endsWith('corrections.yaml')).map((d) => `${d.severity}: ${d.message}`);

describe('corrections.yaml beside the documents', () => {
  it('is applied after every extraction: hide an event, fix a title and a date', async () => {
    expect(plain.dataset.events.length).toBeGreaterThanOrEqual(2);
    const [first, second] = plain.dataset.events;
    const x = await withFile(`- hide: ${first!.id}\n- event: ${second!.id}\n  title: Mediators met in Cairo\n  date: 2024-05\n`);
    expect(x.dataset.events.map((e) => e.id)).not.toContain(first!.id);
    const fixed = x.dataset.events.find((e) => e.id === second!.id)!;
    expect(fixed).toMatchObject({
      title: 'Mediators met in Cairo',
      corrected: true,
      time: { value: '2024-05', start: '2024-05-01', end: '2024-06-01', granularity: 'month', anchor: 'explicit' },
    });
    expect(messages(x)).toEqual([
      `info: correction 1 (hide ${first!.id} (${fileId(first!.id)} in dataset.json)): applied`,
      `info: correction 2 (event ${second!.id} (${fileId(second!.id)} in dataset.json)): applied`,
    ]);
    // Still a valid dataset, and the file is not reported as an unsupported document.
    expect(checkDataset(JSON.parse(JSON.stringify(x.dataset))).problems).toEqual([]);
    expect(x.dataset.diagnostics.some((d) => d.message.startsWith('unsupported file type'))).toBe(false);
    // Spelled like the documents' paths, never as a path of this machine.
    expect(
      x.dataset.diagnostics
        .filter((d) => d.path.endsWith('corrections.yaml'))
        .every((d) => d.path === `${path.basename(dir)}/corrections.yaml`),
    ).toBe(true);
  });

  it('reports a correction that no longer matches, with the reason, and applies the others', async () => {
    const x = await withFile(`- hide: e-gone\n- actor: nobody\n  name: X\n- merge: hamas\n  into: hamas\n`);
    expect(messages(x)).toEqual([
      'warning: correction 1 (hide e-gone): no longer matches: no event has the id e-gone (its sentence or date may have changed)',
      'warning: correction 2 (actor nobody): no longer matches: no actor has the id nobody',
      'warning: correction 3 (merge hamas into hamas): no longer matches: an actor cannot merge into itself',
    ]);
    expect(x.dataset.events).toEqual(plain.dataset.events);
  });

  it.each([
    ['as dataset.json writes it', (id: string) => fileId(id)],
    ['as the app shows it', (id: string) => id],
  ])('finds an event named %s, and names it both ways', (_, spell) => {
    const [first, second] = plain.dataset.events;
    const [a, b] = [first!.id, second!.id];
    expect(fileId(a)).not.toBe(a);
    const x = applyCorrections(
      { dataset: plain.dataset, texts: plain.texts },
      `- hide: ${spell(a)}\n- event: ${spell(b)}\n  title: Renamed\n`,
      'c.yaml',
    );
    expect(x.dataset.events.map((e) => e.id)).not.toContain(a);
    expect(x.dataset.events.find((e) => e.id === b)?.title).toBe('Renamed');
    const named = (id: string) => (spell(id) === id ? `${id} (${fileId(id)} in dataset.json)` : `${fileId(id)} (${id} in the app)`);
    expect(x.dataset.diagnostics.filter((d) => d.path === 'c.yaml').map((d) => d.message)).toEqual([
      `correction 1 (hide ${named(a)}): applied`,
      `correction 2 (event ${named(b)}): applied`,
    ]);
  });

  it('merges two actors: events, mentions and aliases follow the one that stays', async () => {
    const ids = plain.dataset.actors.map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining(['qatar', 'hamas']));
    const x = await withFile('- merge: hamas\n  into: qatar\n');
    expect(x.dataset.actors.map((a) => a.id)).not.toContain('hamas');
    const qatar = x.dataset.actors.find((a) => a.id === 'qatar')!;
    expect(qatar.aliases).toContain('Hamas');
    expect(x.dataset.events.flatMap((e) => e.actorIds)).not.toContain('hamas');
    expect(x.texts.flatMap((t) => t.actorMentions).some((m) => m.actorId === 'hamas')).toBe(false);
    expect(x.dataset.events.filter((e) => e.corrected).length).toBeGreaterThan(0);
  });

  it('renames an actor (the old name becomes an alias) and sets its parent, refusing a loop', async () => {
    const x = await withFile('- actor: hamas\n  name: Harakat Hamas\n  parent: qatar\n- actor: qatar\n  parent: hamas\n');
    const hamas = x.dataset.actors.find((a) => a.id === 'hamas')!;
    expect(hamas).toMatchObject({ name: 'Harakat Hamas', parentId: 'qatar' });
    expect(hamas.aliases).toContain('Hamas');
    expect(messages(x)[1]).toBe('warning: correction 2 (actor qatar): no longer matches: hamas is already below qatar');
  });
});

describe('reading corrections', () => {
  it.each([
    ['not YAML', '- hide: [', /is not valid YAML/],
    ['not a list', 'hide: e1', /must be a list/],
    ['no action', '- colour: red', /correction 1: names no action/],
    ['a merge without into', '- merge: a', /needs "into"/],
  ])('reports %s', (_, text, message) => {
    expect(parseCorrections(text, 'c.yaml').diagnostics[0]!.message).toMatch(message);
  });

  it('refuses a date that is not one', () => {
    expect(statedTime('2024-02-30')).toBeNull();
    expect(statedTime('2024-13')).toBeNull();
    expect(statedTime('June 2024')).toBeNull();
    expect(statedTime('2024')).toMatchObject({ start: '2024-01-01', end: '2025-01-01', granularity: 'year' });
  });

  it('leaves the extraction as it is without a file', () => {
    expect(applyCorrections({ dataset: plain.dataset, texts: plain.texts }, null, 'x')).toEqual({
      dataset: plain.dataset,
      texts: plain.texts,
    });
  });
});
