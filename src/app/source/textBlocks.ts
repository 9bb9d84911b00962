// Splits a document into blocks at line ends, each holding at least `minChars` characters (or the
// rest of the text), with the runs that fall in it. The text is one `white-space: pre-wrap` flow,
// so ending a block right after a line feed renders exactly as before; but the browser now lays out
// again only the blocks whose marks changed, not the whole document, when the selection moves.
import type { Segment } from './highlightSegments.ts';

export interface TextBlock {
  start: number;
  end: number;
  /** Runs [from, to) that overlap the block; the first and last may reach past it. */
  from: number;
  to: number;
}

export function textBlocks(text: string, segments: readonly Segment[], minChars: number): TextBlock[] {
  const blocks: TextBlock[] = [];
  let run = 0;
  for (let start = 0; start < text.length; ) {
    const feed = text.indexOf('\n', start + minChars - 1);
    const end = feed < 0 ? text.length : feed + 1;
    while (run < segments.length && segments[run]!.end <= start) run++;
    const from = run;
    while (run < segments.length && segments[run]!.end <= end) run++;
    // A run across the block's end belongs to this block and the next.
    const to = run < segments.length && segments[run]!.start < end ? run + 1 : run;
    blocks.push({ start, end, from, to });
    start = end;
  }
  return blocks;
}
