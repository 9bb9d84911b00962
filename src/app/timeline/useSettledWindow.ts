// The zoomed window the view came to rest on: it follows the visible window once that has not
// changed for `delay` ms, so that work such as a new lane layout happens after a gesture, never
// during one. Null at the fitted view.
import { useEffect, useState } from 'react';

export function useSettledWindow(domain: [number, number], zoomed: boolean, delay = 160): [number, number] | null {
  const [settled, setSettled] = useState<[number, number] | null>(null);
  const [from, to] = domain;
  useEffect(() => {
    if (!zoomed) return;
    const timer = setTimeout(() => setSettled([from, to]), delay);
    return () => clearTimeout(timer);
  }, [from, to, zoomed, delay]);
  return zoomed ? settled : null;
}
