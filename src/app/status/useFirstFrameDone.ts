// Whether the first frame after the component mounted has gone by. The explorer's side panels
// (filters, undated events) wait for it: the timeline's first picture, drawn in that frame, is
// then made without them, so with a large dataset it comes sooner, and they follow at once.
import { useEffect, useState } from 'react';

export function useFirstFrameDone(): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (done) return;
    if (typeof requestAnimationFrame === 'undefined') {
      const timer = setTimeout(() => setDone(true));
      return () => clearTimeout(timer);
    }
    const frame = requestAnimationFrame(() => setDone(true));
    return () => cancelAnimationFrame(frame);
  }, [done]);
  return done;
}
