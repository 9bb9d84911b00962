// Keeps the passage shown in view while the page around the source panel settles: the passages
// listed above it get their quotes as their documents arrive (later, on a slow network or a busy
// machine), which pushed the panel, and the passage scrolled into view, down and out of view. Until
// the reader scrolls, clicks or types, each change in size of the scrolling pane brings the passage
// back to where it was put.
import { useEffect } from 'react';
import type { RefObject } from 'react';

/** The nearest ancestor that scrolls, else the page. */
function scroller(element: Element): Element {
  for (let at = element.parentElement; at; at = at.parentElement) {
    const { overflowY } = getComputedStyle(at);
    if (overflowY === 'auto' || overflowY === 'scroll') return at;
  }
  return document.documentElement;
}

/** `key`: what is shown (a new one follows again); `find`: the element to keep in view. */
export function useKeepInView(ref: RefObject<HTMLElement | null>, key: unknown, find: () => Element | null | undefined): void {
  useEffect(() => {
    const panel = ref.current;
    if (!panel || typeof ResizeObserver === 'undefined') return;
    const pane = scroller(panel);
    const content = pane === document.documentElement ? document.body : pane.firstElementChild;
    if (!content) return;
    const observer = new ResizeObserver(() => find()?.scrollIntoView?.({ block: 'center', behavior: 'auto' }));
    const stop = () => {
      observer.disconnect();
      for (const type of EVENTS) window.removeEventListener(type, stop, true);
    };
    for (const type of EVENTS) window.addEventListener(type, stop, true);
    // The blocks of the pane, not the pane's content as a whole: that may keep its height and overflow.
    for (const block of content.children) observer.observe(block);
    return stop;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
}

const EVENTS = ['wheel', 'pointerdown', 'keydown', 'touchstart'] as const;
