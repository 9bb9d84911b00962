// npx tsx bench/sourceSegments.ts [-- --kb 900 --events 25000]
// How long the source viewer takes to cut a long document into marked runs: a synthetic text of
// about `kb` kilobytes (at least a sentence per event) with `events` passages, each with a trigger,
// a date and two actor mentions.
// Prints the median of a few rounds; not a test (no timing is ever asserted).
import { parseArgs } from 'node:util';
import { highlightSegments } from '../src/app/source/highlightSegments.ts';
import type { Passage } from '../src/app/source/highlightSegments.ts';

const { values } = parseArgs({ options: { kb: { type: 'string', default: '900' }, events: { type: 'string', default: '25000' } } });
const events = Number(values.events);
const SENTENCE = 'Ann met Bob in Doha on 1 May, said Cid. ';
const filler = 'x'.repeat(Math.max(0, Math.floor((Number(values.kb) * 1000) / events) - SENTENCE.length));
const unit = `${filler} ${SENTENCE}`;
const length = unit.length * events;
const at = (word: string, o: number) => ({ start: o + unit.indexOf(word), end: o + unit.indexOf(word) + word.length });

const passages: Passage[] = [];
const timexes: { start: number; end: number }[] = [];
const mentions: { start: number; end: number; actorId: string }[] = [];
for (let i = 0; i < events; i++) {
  const o = i * unit.length;
  const timex = at('1 May', o);
  passages.push({ event: i, start: o + filler.length + 1, end: o + unit.length - 1, trigger: at('met', o), timex });
  timexes.push(timex);
  mentions.push({ ...at('Ann', o), actorId: 'ann' }, { ...at('Bob', o), actorId: 'bob' });
}

const rounds: number[] = [];
let runs = 0;
for (let k = 0; k < 7; k++) {
  const started = performance.now();
  runs = highlightSegments(length, passages, timexes, mentions).length;
  rounds.push(performance.now() - started);
}
rounds.sort((a, b) => a - b);
console.log(
  `${(length / 1e6).toFixed(2)} MB, ${events.toLocaleString('en')} passages, ${mentions.length.toLocaleString('en')} mentions → ${runs.toLocaleString('en')} runs in ${rounds[3]!.toFixed(1)} ms (median of ${rounds.length})`,
);
