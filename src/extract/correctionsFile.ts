// Finds the corrections file of a run: `corrections.yaml` at the top of the first input folder
// that has one (see corrections.ts). File access stays here, out of the pure stage.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Corrected } from './corrections.ts';
import { applyCorrections, CORRECTIONS_FILE } from './corrections.ts';
import { inputName } from './inputs.ts';

/** `path` is spelled as the dataset spells documents' paths: from the input folder's name down. */
export async function readCorrections(inputs: readonly string[]): Promise<{ path: string; text: string } | null> {
  for (const input of inputs) {
    const file = path.join(input, CORRECTIONS_FILE);
    try {
      return { path: path.posix.join(inputName(input), CORRECTIONS_FILE), text: await fs.readFile(file, 'utf8') };
    } catch {
      // Not a folder, or no corrections in it.
    }
  }
  return null;
}

/** The extraction with the corrections of its input folders applied. */
export async function withCorrections<T extends Corrected>(inputs: readonly string[], extraction: T): Promise<T> {
  const found = await readCorrections(inputs);
  return found ? { ...extraction, ...applyCorrections(extraction, found.text, found.path) } : extraction;
}
