// Bytes → a document's raw text, by one set of rules for the CLI's read stage and for files dropped
// in the browser: the encoding is decoded (decode.ts), and a saved web page is reduced to its
// article with its metadata as front matter (html.ts).
import type { Diagnostic } from '../model/dataset.ts';
import { MAX_DOCUMENT_BYTES, decode } from './decode.ts';
import type { Decoded } from './decode.ts';
import { htmlToDocument, isHtmlPath } from './html.ts';

/** A web page becomes its article; any other text stays as it is. Errors pass through. */
export async function asDocument(decoded: Decoded | { error: string }, path: string): Promise<Decoded | { error: string }> {
  if ('error' in decoded || !isHtmlPath(path)) return decoded;
  const article = await htmlToDocument(decoded.raw);
  if ('error' in article) return article;
  return { raw: article.raw, diagnostics: [...decoded.diagnostics, ...article.diagnostics] };
}

export type DocumentText = { ok: true; raw: string; diagnostics: Diagnostic[] } | { ok: false; diagnostic: Diagnostic };

/** A file refused for its size, before a byte of it is read. */
export function tooLarge(path: string, size: number): DocumentText {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  const message = `is ${mb(size)}, over the ${mb(MAX_DOCUMENT_BYTES)} limit for one document; skipped (split it into smaller files)`;
  return { ok: false, diagnostic: { path, severity: 'error', message } };
}

/** A file's bytes held in memory (a dropped file) → its text, refused as the CLI refuses it. */
export async function documentFromBytes(bytes: Uint8Array, path: string): Promise<DocumentText> {
  const fail = (message: string): DocumentText => ({ ok: false, diagnostic: { path, severity: 'error', message } });
  if (bytes.length > MAX_DOCUMENT_BYTES) return tooLarge(path, bytes.length);
  if (bytes.length === 0) return fail('is empty; skipped');
  const decoded = await asDocument(decode(bytes, path), path);
  if ('error' in decoded) return fail(decoded.error);
  if (decoded.raw.trim() === '') return fail('holds only white space; skipped');
  return { ok: true, raw: decoded.raw, diagnostics: decoded.diagnostics };
}
