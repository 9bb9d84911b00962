// npm run diff -- OLD_DIR NEW_DIR [--json]: the events added, removed and changed between two
// dataset folders written by `extract --out`. Exit status as diff(1): 0 same, 1 different, 2 trouble.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Dataset } from '../model/dataset.ts';
import { validateDataset } from '../model/validate.ts';
import { diffDatasets, formatDiff } from './diffDatasets.ts';

const USAGE = 'Usage: npm run diff -- OLD_DIR NEW_DIR [--json]   (folders written by "npm run extract -- … --out DIR")';

/** The dataset of a folder (or a file), its records that break the rules left out and told on stderr, naming the file. */
function load(dir: string): Dataset {
  const file = fs.existsSync(dir) && fs.statSync(dir).isDirectory() ? path.join(dir, 'dataset.json') : dir;
  try {
    const { dataset, problems } = validateDataset(JSON.parse(fs.readFileSync(file, 'utf8')));
    if (problems.length) {
      const [first] = problems;
      console.error(
        `warning: ${file}: ${problems.length} record(s) left out, compared as absent (first: ${first!.kind} ${first!.ref}: ${first!.reason})`,
      );
    }
    return dataset;
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
  }
}

export function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  if (parsed.positionals.length !== 2) {
    console.error(USAGE);
    return 2;
  }
  let before: Dataset, after: Dataset;
  try {
    [before, after] = parsed.positionals.map(load) as [Dataset, Dataset];
  } catch (error) {
    console.error(`error: ${(error as Error).message}`);
    return 2;
  }
  const diff = diffDatasets(before, after);
  console.log(parsed.values.json ? JSON.stringify(diff, null, 2) : formatDiff(diff));
  return diff.added.length + diff.removed.length + diff.changed.length > 0 ? 1 : 0;
}

if (process.argv[1]?.endsWith('diffCli.ts')) process.exitCode = main(process.argv.slice(2));
