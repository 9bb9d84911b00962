// One block of a document's text with its runs: a row of the virtual source panel, memoised, so
// that selecting another event re-renders (and the browser lays out again) only the blocks that
// hold the old or the new passage shown. Clicks and keys are handled by the text around them,
// which finds the run from `data-block` and `data-run`.
import { memo } from 'react';
import type { DatasetIndex } from '../data/buildIndex.ts';
import { inPassage } from './highlightSegments.ts';
import type { Passage, Segment } from './highlightSegments.ts';
import type { BlockRuns } from './blockSegments.ts';

export interface SourceRunsProps {
  text: string;
  /** The block's runs, and which of them are buttons (the first run of each trigger). */
  runs: BlockRuns;
  /** The passage shown, when it reaches into this block; null otherwise. */
  shown: Passage | null;
  index: DatasetIndex;
}

function className(s: Segment, selected: boolean, shownEvent: number, button: boolean): string {
  const names = ['psg'];
  if (selected) names.push('psg-shown');
  if (selected && s.trigger >= 0 && s.trigger === shownEvent) names.push('trg');
  if (selected && s.timex) names.push('tmx');
  if (selected && s.mention) names.push('mnt');
  if (button) names.push('trg-button');
  return names.join(' ');
}

export const SourceRuns = memo(function SourceRuns({ text, runs, shown, index }: SourceRunsProps) {
  const out = [];
  const { segments, buttons } = runs;
  for (let k = 0; k < segments.length; k++) {
    const s = segments[k]!;
    const slice = text.slice(s.start, s.end);
    if (s.passages.length === 0) {
      out.push(slice);
      continue;
    }
    const selected = inPassage(s, shown);
    const Tag = selected ? 'mark' : 'span';
    const button = buttons[k] === 1;
    const mention = selected && s.mention ? index.actorById.get(s.mention)?.name : undefined;
    out.push(
      <Tag
        key={k}
        data-run={k}
        className={className(s, selected, shown ? shown.event : -1, button)}
        {...(button
          ? { role: 'button', tabIndex: 0, title: `Show on the timeline: ${index.events[s.trigger]!.title}` }
          : mention
            ? { title: mention }
            : {})}
      >
        {slice}
      </Tag>,
    );
  }
  return <>{out}</>;
});
