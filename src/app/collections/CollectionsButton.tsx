// "Your documents" in the top bar: the collections panel over the page, from any screen.
import { Suspense, useEffect, useRef, useState } from 'react';
import { LazyCollectionsPanel as CollectionsPanel } from './LazyCollectionsPanel.ts';

export function CollectionsButton() {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    const onDown = (e: PointerEvent) => !root.current?.contains(e.target as Node) && setOpen(false);
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onDown);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onDown);
    };
  }, [open]);
  return (
    <div className="collections-menu" ref={root}>
      <button type="button" className="button" aria-expanded={open} aria-controls="collections-popover" onClick={() => setOpen(!open)}>
        Your documents
      </button>
      {open && (
        <div id="collections-popover" className="collections-popover">
          <Suspense fallback={<p className="muted">Loading…</p>}>
            <CollectionsPanel />
          </Suspense>
        </div>
      )}
    </div>
  );
}
