// The collections panel, loaded when first shown (under a screen with no timeline, or from "Your
// documents"): most visits never show it, and it brings the browser's storage with it.
import { lazy } from 'react';

export const LazyCollectionsPanel = lazy(() => import('./CollectionsPanel.tsx').then((m) => ({ default: m.CollectionsPanel })));
