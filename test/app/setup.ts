// Component test setup: jest-dom matchers, cleanup between tests, and the browser pieces jsdom
// lacks (matchMedia, ResizeObserver, canvas, scrollIntoView), stubbed just enough to render.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// findBy… and waitFor wait up to 20 s, not 1 s: on a busy machine a render can take seconds.
configure({ asyncUtilTimeout: 20_000 });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

// Wide screen (filters open) and reduced motion (zoom changes apply at once).
window.matchMedia = (query: string) =>
  ({
    matches: /min-width|reduce/.test(query),
    media: query,
    onchange: null,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    addListener: () => undefined,
    removeListener: () => undefined,
    dispatchEvent: () => false,
  }) as MediaQueryList;

HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
Element.prototype.scrollIntoView = function scrollIntoView() {};
