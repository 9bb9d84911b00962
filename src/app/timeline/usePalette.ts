// The canvas palette, re-read when the system switches between light and dark.
import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';
import { readPalette } from './palette.ts';
import type { Palette } from './palette.ts';

export function usePalette(ref: RefObject<HTMLElement | null>): Palette | null {
  const [palette, setPalette] = useState<Palette | null>(null);
  // Before paint, so the first frame with data is already drawn.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const read = () => setPalette(readPalette(element));
    read();
    const query = window.matchMedia?.('(prefers-color-scheme: dark)');
    query?.addEventListener('change', read);
    return () => query?.removeEventListener('change', read);
  }, [ref]);
  return palette;
}
