// Colours for the canvas come from the CSS custom properties, so that the marks follow the same
// light and dark themes as the rest of the page.
import type { Certainty } from '../../model/dataset.ts';

export interface Palette {
  certainty: Record<Certainty, string>;
  text: string;
  muted: string;
  grid: string;
  gridMajor: string;
  surface: string;
  focus: string;
  font: string;
}

export function readPalette(element: Element): Palette {
  const style = getComputedStyle(element);
  const get = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    certainty: {
      stated: get('--c-stated', '#1f6fb2'),
      reported: get('--c-reported', '#0f8a6a'),
      claimed: get('--c-claimed', '#b86a00'),
      estimated: get('--c-estimated', '#a2468f'),
    },
    text: get('--text', '#1b1f24'),
    muted: get('--text-muted', '#59636e'),
    grid: get('--grid', '#e6e8eb'),
    gridMajor: get('--grid-major', '#c9ced4'),
    surface: get('--surface', '#ffffff'),
    focus: get('--focus', '#1a56db'),
    font: `12px ${get('--font-sans', 'system-ui, sans-serif')}`,
  };
}
