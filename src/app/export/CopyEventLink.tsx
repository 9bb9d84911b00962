// "Copy link" for the open event: a link that opens this event at the passage being read.
import { useState } from 'react';
import { eventLink } from './links.ts';
import { appBase } from '../url/appBase.ts';
import { copyText } from './copyText.ts';

export function CopyEventLink({ eventId, passage }: { eventId: string; passage: number }) {
  const [state, setState] = useState<{ for: string; copied: boolean; manual: string | null }>({ for: '', copied: false, manual: null });
  const key = `${eventId}#${passage}`;
  const current = state.for === key ? state : { copied: false, manual: null };
  const copy = async () => {
    const link = eventLink(appBase(window.location.href), eventId, passage);
    const ok = await copyText(link);
    setState({ for: key, copied: ok, manual: ok ? null : link });
  };
  return (
    <p className="copy-event">
      <button type="button" className="text-button" onClick={() => void copy()}>
        {passage > 0 ? 'Copy link to this passage' : 'Copy link to this event'}
      </button>
      <span role="status" className="muted small">
        {current.copied ? ' Copied.' : ''}
      </span>
      {current.manual && (
        <input
          className="copy-manual"
          readOnly
          value={current.manual}
          aria-label="Link to this event"
          onFocus={(e) => e.currentTarget.select()}
          autoFocus
        />
      )}
    </p>
  );
}
