// A document file must be the text the dataset was made from: every passage, date and mention is
// an offset into it. One that differs (edited by hand, or from another run of the extractor) is
// shown with a warning and without highlights, which would land on the wrong words.
import type { DocumentMeta, DocumentText } from '../../model/dataset.ts';

/** Why the text does not match its metadata, or null when it does. */
export async function checkDocument(doc: DocumentText, meta: DocumentMeta): Promise<string | null> {
  if (doc.text.length !== meta.length)
    return `This document’s text is ${doc.text.length.toLocaleString('en')} characters long where the dataset expects ${meta.length.toLocaleString('en')}: it is not the text the events were extracted from.`;
  // crypto.subtle exists only in secure contexts (https, localhost); elsewhere the length is the check.
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(doc.text)));
  const hex = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
  return hex === meta.sha256 ? null : 'This document’s text differs from the one the events were extracted from (its SHA-256 does not match).';
}
