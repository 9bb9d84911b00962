// Files and folders dropped anywhere on the page, or chosen with a picker, become a collection: the
// extraction runs in a Web Worker with a progress bar and a Cancel button, the result is kept in
// this browser and opened as a timeline. Nothing is uploaded.
import { createContext, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { Progress } from './runExtraction.ts';
import type { Diagnostic } from '../../model/dataset.ts';
import type { PickedFile } from './pickedFiles.ts';
import { nothingToRead, pickedFromDrop, sortPicked } from './pickedFiles.ts';
import { ImportDialog } from './ImportDialog.tsx';

export interface ImportState {
  status: 'idle' | 'running' | 'error';
  progress: Progress | null;
  message: string | null;
}

export const ImportContext = createContext<{ start: (files: PickedFile[], unreadable?: Diagnostic[]) => void }>({ start: () => undefined });

const IDLE: ImportState = { status: 'idle', progress: null, message: null };

export function ImportProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<ImportState>(IDLE);
  const [dragging, setDragging] = useState(false);
  const controller = useRef<AbortController | null>(null);

  // Each drop's folders are walked before it starts; a walk that ends after a newer drop is dropped.
  const drops = useRef(0);

  const start = useCallback((picked: PickedFile[], unreadable: Diagnostic[] = []) => {
    const files = sortPicked(picked, unreadable);
    if (files.documents.length === 0) {
      setState({ status: 'error', progress: null, message: nothingToRead(files.skipped) });
      return;
    }
    controller.current?.abort();
    const abort = (controller.current = new AbortController());
    setState({ status: 'running', progress: null, message: null });
    // The extractor's runner and the browser's storage load when files are first dropped.
    import('./importFiles.ts')
      .then(({ importFiles }) =>
        importFiles(files, (progress) => setState((s) => (s.status === 'running' ? { ...s, progress } : s)), abort.signal),
      )
      .then(
        (id) => window.location.assign(`?collection=${encodeURIComponent(id)}`),
        (error: Error) => {
          if (abort.signal.aborted) setState(IDLE);
          else setState({ status: 'error', progress: null, message: `The documents could not be read: ${error.message}` });
        },
      );
  }, []);
  const cancel = useCallback(() => controller.current?.abort(), []);
  const close = useCallback(() => setState(IDLE), []);

  // Dragging files over any part of the page shows where to drop them.
  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e) || --depth > 0) return;
      depth = 0;
      setDragging(false);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      if (!e.dataTransfer) return;
      const latest = ++drops.current;
      void pickedFromDrop(e.dataTransfer).then(
        ({ picked, unreadable }) => {
          if (latest === drops.current) start(picked, unreadable);
        },
        (error: Error) => setState({ status: 'error', progress: null, message: `The dropped files could not be read: ${error.message}` }),
      );
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [start]);

  const value = useMemo(() => ({ start }), [start]);
  return (
    <ImportContext value={value}>
      {children}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop .txt, .md or .html files, or a folder of them, to build a timeline. They stay in this browser.</p>
        </div>
      )}
      <ImportDialog state={state} onCancel={cancel} onClose={close} />
    </ImportContext>
  );
}
