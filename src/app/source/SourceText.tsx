// A document's text with the supporting passage highlighted and scrolled into view, its trigger,
// dates and actor mentions marked, and the passages of other events underlined. Every character is
// rendered as text (React escapes it): a document can never inject markup.
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import type { DocumentText } from '../../model/dataset.ts';
import type { DatasetIndex } from '../data/buildIndex.ts';
import { eventAt, highlightSegments } from './highlightSegments.ts';
import type { Passage, Segment } from './highlightSegments.ts';

export interface SourceTextProps {
  doc: DocumentText;
  index: DatasetIndex;
  passages: Passage[];
  shown: Passage | null;
  onSelect: (i: number) => void;
}

function className(s: Segment, shownEvent: number): string {
  const names = ['psg'];
  if (s.selected) names.push('psg-shown');
  if (s.selected && s.trigger >= 0 && s.trigger === shownEvent) names.push('trg');
  if (s.selected && s.timex) names.push('tmx');
  if (s.selected && s.mention) names.push('mnt');
  return names.join(' ');
}

export function SourceText({ doc, index, passages, shown, onSelect }: SourceTextProps) {
  const segments = useMemo(
    () => highlightSegments(doc.text.length, passages, shown, doc.timexes, doc.actorMentions),
    [doc, passages, shown],
  );
  const ref = useRef<HTMLDivElement>(null);
  // Scroll only when the passage shown changes, not on every re-render.
  useLayoutEffect(() => {
    const target = ref.current?.querySelector('.psg-shown');
    target?.scrollIntoView?.({ block: 'center', behavior: 'auto' });
  }, [shown, doc]);
  const pick = (s: Segment) => {
    const i = eventAt(s, shown ? shown.event : -1, passages);
    if (i >= 0) onSelect(i);
  };
  const firstTrigger = new Set<number>();
  return (
    <div ref={ref} className="source-text">
      {segments.map((s, k) => {
        const text = doc.text.slice(s.start, s.end);
        if (s.passages.length === 0) return text;
        const Tag = s.selected ? 'mark' : 'span';
        // The first run of each trigger is a button, so that keyboard users can select its event.
        const button = s.trigger >= 0 && !firstTrigger.has(s.trigger) && firstTrigger.add(s.trigger);
        const mention = s.mention ? index.actorById.get(s.mention)?.name : undefined;
        return (
          <Tag
            key={k}
            className={`${className(s, shown ? shown.event : -1)}${button ? ' trg-button' : ''}`}
            onClick={() => pick(s)}
            {...(button
              ? {
                  role: 'button',
                  tabIndex: 0,
                  title: `Show on the timeline: ${index.events[s.trigger]!.title}`,
                  onKeyDown: (e: KeyboardEvent) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      pick(s);
                    }
                  },
                }
              : mention && s.selected
                ? { title: mention }
                : {})}
          >
            {text}
          </Tag>
        );
      })}
    </div>
  );
}
