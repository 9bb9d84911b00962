// npm run extract -- [files or folders…] [--out DIR] [--lexicon FILE]… [--quiet]
import { parseArgs } from 'node:util';
import path from 'node:path';
import type { Diagnostic } from '../model/dataset.ts';
import { extract } from './pipeline.ts';
import { writeOutput } from './output.ts';
import { MAX_DOCUMENT_BYTES } from './read.ts';
import { DOCUMENT_EXTENSIONS } from './documentFiles.ts';
import { defaultJobs } from './parallel/documentPool.ts';
import { MARKER, checkOutDir } from './outDir.ts';
import { printable } from './printable.ts';
import { tightHeap } from './heapGrowth.ts';

export const DEFAULT_INPUTS = ['seeds'];
export const DEFAULT_OUT = 'data';

const HELP = `Timeline Explorer extractor: turns documents into a timeline dataset.

Usage: npm run extract -- [files or folders…] [options]

Reads ${DOCUMENT_EXTENSIONS.join(', ')} files (UTF-8, optional YAML front matter with title, date,
source, url; folders are read recursively, a folder's notes such as README.md or SOURCES.md left
out; a web page is reduced to its article) and writes:
  DIR/dataset.json           documents, actors, events and diagnostics
  DIR/documents/<id>.json    each document's text with its time expressions and actor mentions

With no files or folders it reads ${DEFAULT_INPUTS.join(', ')}/.

Options:
  --out DIR        output folder (default: ${DEFAULT_OUT}, where the app reads it). The extractor
                   only replaces its own earlier output (marked by a ${MARKER} file):
                   an existing file, a folder holding anything else, an input folder or a
                   folder above one, the project folder and the home folder are refused.
  --lexicon FILE   an extra actor lexicon (JSON, same shape as src/extract/actors/lexicon.json);
                   may be given more than once
  --jobs N         documents processed at once: one in this thread, the others each on a worker
                   thread (default: one per core, here ${defaultJobs()}); the output is the same for any N
  --quiet          print only errors and the summary
  -h, --help       show this help

Documents over ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB are refused. A document that cannot be read is reported and
skipped; the others are still extracted. Exit status: 0 when at least one document was read
(warnings are printed), 1 when none could be, 2 for a wrong command line or a refused --out.`;

function format(d: Diagnostic): string {
  return printable(`${d.severity}: ${d.path}: ${d.message}`);
}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        lexicon: { type: 'string', multiple: true },
        quiet: { type: 'boolean' },
        jobs: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\nRun with --help for usage.`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) {
    console.error(`--jobs takes a whole number from 1 to 256, not "${values.jobs}"\n\nRun with --help for usage.`);
    return 2;
  }
  const inputs = positionals.length ? positionals : DEFAULT_INPUTS;
  const outDir = values.out ?? DEFAULT_OUT;
  const checked = checkOutDir(outDir, { inputs });
  if (!checked.ok) {
    console.error(
      printable(`error: refusing to write the dataset to ${outDir}: ${checked.reason}. Nothing was written; choose a new or empty folder.`),
    );
    return 2;
  }
  const progress = process.stderr.isTTY ? progressLine() : undefined;
  let result;
  try {
    result = await extract(inputs, { lexicons: values.lexicon ?? [], onDocument: progress, jobs });
  } catch (error) {
    progress?.(0, 0);
    console.error(printable(`error: ${(error as Error).message}`));
    return 1;
  }
  progress?.(0, 0);
  const { dataset, texts, read } = result;
  for (const d of dataset.diagnostics) if (!values.quiet || d.severity === 'error') console.error(format(d));
  if (read === 0) {
    console.error(printable(`error: no document could be read from ${inputs.join(', ')}; nothing written`));
    return 1;
  }
  // Every string written is garbage at once: the heap stays as tight as in the corpus stage.
  const release = tightHeap({ collect: false });
  try {
    await writeOutput(outDir, dataset, texts, { release: true });
  } catch (error) {
    console.error(printable(`error: could not write the dataset to ${outDir} (${(error as Error).message})`));
    return 1;
  } finally {
    release();
  }
  const dated = dataset.events.filter((e) => e.time).length;
  const count = (s: Diagnostic['severity']) => dataset.diagnostics.filter((d) => d.severity === s).length;
  console.error(
    printable(
      `Extracted ${read} document${read === 1 ? '' : 's'}: ${dataset.events.length} events (${dated} dated, ${dataset.events.length - dated} undated), ` +
        `${dataset.actors.length} actors → ${path.join(outDir, 'dataset.json')} (${count('error')} errors, ${count('warning')} warnings)`,
    ),
  );
  return 0;
}

/** A progress line on a terminal, redrawn at most ten times a second; (0, 0) clears it. */
function progressLine(): (done: number, total: number) => void {
  let last = 0;
  let shown = false;
  return (done, total) => {
    const now = Date.now();
    if (total === 0) {
      if (shown) process.stderr.write('\r\x1b[K');
      return;
    }
    if (now - last < 100 && done < total) return;
    last = now;
    shown = true;
    process.stderr.write(`\r\x1b[Kextracting ${done}/${total} documents…`);
  };
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('cli.ts')) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
