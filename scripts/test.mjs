#!/usr/bin/env node
// npm test: every test, unit and component (Vitest) then end to end in Chromium (Playwright),
// with one closing line "N passed, N failed" summed from both runners' JSON reports.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const reports = path.resolve('reports');
fs.mkdirSync(reports, { recursive: true });
const unitReport = path.join(reports, 'unit.json');
const e2eReport = path.join(reports, 'e2e.json');
for (const file of [unitReport, e2eReport]) fs.rmSync(file, { force: true });

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status ?? 1;
}

function read(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const bin = (name) => path.join('node_modules', '.bin', name);
const unitStatus = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]);
const e2eStatus = run(bin('playwright'), ['test']);

let passed = 0;
let failed = 0;
const unit = read(unitReport);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
}
if (!unit || (unitStatus !== 0 && unit.numFailedTests === 0)) failed += 1; // the runner itself failed
const e2e = read(e2eReport);
if (e2e?.stats) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
}
if (!e2e?.stats || (e2eStatus !== 0 && !e2e.stats.unexpected)) failed += 1;

fs.writeFileSync(path.join(reports, 'summary.json'), JSON.stringify({ passed, failed }) + '\n');
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
