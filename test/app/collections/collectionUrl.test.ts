import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { collectionDatasetUrl, collectionFile, collectionParam } from '../../../src/app/collections/collectionUrl.ts';
import { datasetUrl, documentUrl } from '../../../src/app/data/datasetUrl.ts';
import { folderName, zipDataset } from '../../../src/app/collections/exportCollection.ts';
import { collectionName } from '../../../src/app/collections/importFiles.ts';
import { extractTexts } from '../../../src/extract/core.ts';

const BASE = 'https://news.example/app/';

describe('a collection is addressed like a dataset on the server', () => {
  it('?collection=ID names a dataset URL beside the page, and its documents resolve beside it', () => {
    const href = datasetUrl({ search: '?collection=c1x', href: `${BASE}?collection=c1x` }, BASE);
    expect(href).toBe(collectionDatasetUrl('c1x', BASE));
    expect(collectionFile(href)).toEqual({ id: 'c1x', docId: null });
    expect(collectionFile(documentUrl(href, 'harbour-1a2b3c'))).toEqual({ id: 'c1x', docId: 'harbour-1a2b3c' });
  });

  it('leaves other datasets to the network', () => {
    expect(collectionParam('?dataset=/data/dataset.json')).toBeNull();
    expect(collectionFile(`${BASE}data/dataset.json`)).toBeNull();
    expect(collectionFile(`${BASE}data/documents/a.json`)).toBeNull();
  });
});

describe('dropped files', () => {
  it('name a collection after the first document and how many more', () => {
    expect(collectionName(['Harbour reopens'])).toBe('Harbour reopens');
    expect(collectionName(['Harbour reopens', 'Council votes', 'Ferry'])).toBe('Harbour reopens and 2 more');
  });
});

describe('the exported zip is a dataset folder', () => {
  it('holds dataset.json and documents/<id>.json as the CLI writes them', async () => {
    const { dataset, texts } = extractTexts([{ path: 'a.md', raw: '---\ndate: 2024-03-14\n---\nThe council met on Monday.' }]);
    const folder = folderName('Westhaven: Storm & Harbour!');
    expect(folder).toBe('timeline-westhaven-storm-harbour');
    const zip = unzipSync(await zipDataset(folder, dataset, texts));
    expect(Object.keys(zip).sort()).toEqual([`${folder}/dataset.json`, `${folder}/documents/${texts[0]!.id}.json`]);
    expect(new TextDecoder().decode(zip[`${folder}/dataset.json`])).toBe(`${JSON.stringify(dataset)}\n`);
  });
});
