// The start screen's list of collections kept in this browser, with a file picker: open, rename,
// export as a dataset folder (zip) and delete each one.
import { use, useId, useRef, useState } from 'react';
import type { ChangeEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ImportContext } from './ImportProvider.tsx';
import { pickedFromList } from './pickedFiles.ts';
import { DOCUMENT_EXTENSIONS } from '../../extract/documentFiles.ts';
import type { CollectionSummary } from './store.ts';
import { deleteCollection, listCollections, readCollection, renameCollection } from './store.ts';
import { collectionParam } from './collectionUrl.ts';
import { folderName, zipDataset } from './exportCollection.ts';
import { download } from '../export/download.ts';

export const collectionsQuery = { queryKey: ['collections'], queryFn: listCollections, staleTime: 0 };

export function CollectionsPanel() {
  const { start } = use(ImportContext);
  const picker = useRef<HTMLInputElement>(null);
  const folderPicker = useRef<HTMLInputElement>(null);
  const onPicked = (e: ChangeEvent<HTMLInputElement>) => {
    start(pickedFromList(Array.from(e.currentTarget.files ?? [])));
    e.currentTarget.value = '';
  };
  const query = useQuery(collectionsQuery);
  const titleId = useId();
  return (
    <section className="collections" aria-labelledby={titleId}>
      <h2 id={titleId} className="panel-title">
        Your documents
      </h2>
      <p className="muted">
        Drop .txt, .md or .html files or a folder of them anywhere on this page, or{' '}
        <button type="button" className="link-button" onClick={() => picker.current?.click()}>
          choose files
        </button>{' '}
        or{' '}
        <button type="button" className="link-button" onClick={() => folderPicker.current?.click()}>
          a folder
        </button>
        , to build a timeline from them. They are read in this browser and sent nowhere; the timelines are kept here.
      </p>
      <input
        ref={picker}
        type="file"
        multiple
        hidden
        accept={DOCUMENT_EXTENSIONS.join(',')}
        aria-label="Choose documents"
        onChange={onPicked}
      />
      <input
        ref={(input) => {
          folderPicker.current = input;
          // Not in React's attribute types: a folder picker, whose files know their path in it.
          if (input) input.webkitdirectory = true;
        }}
        type="file"
        hidden
        aria-label="Choose a folder of documents"
        onChange={onPicked}
      />
      {query.data && query.data.length > 0 && (
        <ul className="plain-list collection-list" aria-label="Collections kept in this browser">
          {query.data.map((c) => (
            <CollectionItem key={c.id} collection={c} />
          ))}
        </ul>
      )}
      {collectionParam(window.location.search) && (
        <p>
          <a href="./">Open the sample dataset</a>
        </p>
      )}
    </section>
  );
}

function CollectionItem({ collection: c }: { collection: CollectionSummary }) {
  const client = useQueryClient();
  const [mode, setMode] = useState<'view' | 'rename' | 'delete'>('view');
  const [error, setError] = useState<string | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: collectionsQuery.queryKey });
  const open = collectionParam(window.location.search) === c.id;
  const onExport = async () => {
    const stored = await readCollection(c.id);
    if (!stored) return setError('This collection is no longer stored.');
    const folder = folderName(c.name);
    download(`${folder}.zip`, new Blob([(await zipDataset(folder, stored.dataset, stored.texts)) as BlobPart]), 'application/zip');
  };
  const onDelete = async () => {
    await deleteCollection(c.id);
    if (open) window.location.assign('./');
    else await refresh();
  };
  return (
    <li className="collection-item" aria-label={c.name}>
      {mode === 'rename' ? (
        <form
          className="collection-rename"
          onSubmit={(e) => {
            e.preventDefault();
            const name = String(new FormData(e.currentTarget).get('name') ?? '').trim();
            if (name) void renameCollection(c.id, name).then(refresh);
            setMode('view');
          }}
        >
          <input className="input" name="name" defaultValue={c.name} aria-label="New name" autoFocus />
          <button type="submit" className="button">
            Save
          </button>
          <button type="button" className="text-button" onClick={() => setMode('view')}>
            Cancel
          </button>
        </form>
      ) : (
        <a className="collection-name" href={`?collection=${encodeURIComponent(c.id)}`} aria-current={open ? 'page' : undefined}>
          {c.name}
        </a>
      )}
      <span className="muted collection-meta">
        {c.events.toLocaleString('en')} events from {c.documents.toLocaleString('en')} {c.documents === 1 ? 'document' : 'documents'}
      </span>
      {mode === 'delete' ? (
        <span className="collection-actions" role="group" aria-label="Confirm deletion">
          Delete “{c.name}” from this browser?
          <button type="button" className="button" onClick={() => void onDelete()}>
            Delete
          </button>
          <button type="button" className="text-button" onClick={() => setMode('view')}>
            Keep
          </button>
        </span>
      ) : (
        mode === 'view' && (
          <span className="collection-actions">
            <button type="button" className="text-button" onClick={() => setMode('rename')}>
              Rename
            </button>
            <button type="button" className="text-button" onClick={() => void onExport().catch((e: Error) => setError(e.message))}>
              Export zip
            </button>
            <button type="button" className="text-button" onClick={() => setMode('delete')}>
              Delete
            </button>
          </span>
        )
      )}
      {error && <p className="notice notice-error">{error}</p>}
    </li>
  );
}
