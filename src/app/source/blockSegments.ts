// The marked runs of a document, cut block by block when a block is first shown, so that opening
// a long document costs what is on screen, not the whole text: every span (passage, trigger, date,
// actor mention) is put in the blocks it overlaps once, and a block's runs are cut from its spans
// alone (highlightSegments, clamped to the block), then kept.
import type { ActorMention, Timex } from '../../model/dataset.ts';
import { highlightSegments } from './highlightSegments.ts';
import type { Passage, Segment } from './highlightSegments.ts';
import type { TextBlock } from './textBlocks.ts';

export interface BlockRuns {
  segments: Segment[];
  /** 1 for the first run of each event's trigger in the document: a button for keyboard users. */
  buttons: Uint8Array;
}

export interface BlockSegments {
  blocks: readonly TextBlock[];
  /** The runs of block `i`, cut on first use. */
  runs(i: number): BlockRuns;
  /** The block holding character `offset`. */
  blockAt(offset: number): number;
}

type Span = { start: number; end: number };

export function blockSegments(
  length: number,
  blocks: readonly TextBlock[],
  passages: readonly Passage[],
  timexes: readonly Pick<Timex, 'start' | 'end'>[],
  mentions: readonly Pick<ActorMention, 'start' | 'end' | 'actorId'>[],
): BlockSegments {
  const blockAt = (offset: number) => {
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (blocks[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // Each block's spans, in the order given (the order highlightSegments reads precedence from).
  const bucket = <T extends Span>(spans: readonly T[]): T[][] => {
    const out: T[][] = blocks.map(() => []);
    for (const s of spans) {
      const a = Math.max(0, s.start);
      const b = Math.min(length, s.end);
      if (a >= b) continue;
      for (let i = blockAt(a); i < blocks.length && blocks[i]!.start < b; i++) out[i]!.push(s);
    }
    return out;
  };
  const passagesIn = bucket(passages);
  const timexesIn = bucket(timexes);
  const mentionsIn = bucket(mentions);
  // Where each event's trigger first appears in the document.
  const firstTrigger = new Map<number, number>();
  for (const p of passages) if (!(firstTrigger.get(p.event)! <= p.trigger.start)) firstTrigger.set(p.event, p.trigger.start);

  const cut = new Map<number, BlockRuns>();
  return {
    blocks,
    blockAt,
    runs(i) {
      let runs = cut.get(i);
      if (runs) return runs;
      const block = blocks[i]!;
      const segments = highlightSegments(block.end, passagesIn[i]!, timexesIn[i]!, mentionsIn[i]!, block.start);
      const buttons = new Uint8Array(segments.length);
      segments.forEach((s, k) => {
        if (s.trigger >= 0 && s.passages.length > 0 && firstTrigger.get(s.trigger) === s.start) buttons[k] = 1;
      });
      runs = { segments, buttons };
      cut.set(i, runs);
      return runs;
    },
  };
}
