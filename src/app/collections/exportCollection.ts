// A collection as a dataset folder in a zip: dataset.json and documents/<id>.json, the layout and
// bytes `npm run extract -- --out DIR` writes, so any tool that reads one reads the other.
import type { DocumentText } from '../../model/dataset.ts';
import type { DatasetFile } from '../../model/lean.ts';

export function folderName(name: string): string {
  const slug =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .match(/[a-z0-9]+/g)
      ?.join('-')
      .slice(0, 60) ?? '';
  return `timeline-${slug.replace(/-+$/, '') || 'collection'}`;
}

const serialize = (value: unknown) => new TextEncoder().encode(`${JSON.stringify(value)}\n`);

export async function zipDataset(folder: string, dataset: DatasetFile, texts: readonly DocumentText[]): Promise<Uint8Array> {
  // fflate loads only when a collection is exported.
  const { zipSync } = await import('fflate');
  const files: Record<string, Uint8Array> = { [`${folder}/dataset.json`]: serialize(dataset) };
  for (const text of texts) files[`${folder}/documents/${text.id}.json`] = serialize(text);
  return zipSync(files, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}
