// Stage 1: read a file's bytes and decode them to text, saying what was assumed.
// Refuses what is not a text document (binary, too large) with a diagnostic naming the file.
import fs, { constants as fsConstants } from 'node:fs';
import type { Diagnostic } from '../model/dataset.ts';
import { MAX_DOCUMENT_BYTES, decode } from './decode.ts';
import type { Decoded } from './decode.ts';
import { asDocument } from './documentText.ts';

export { MAX_DOCUMENT_BYTES, decode };
export type { Decoded };

export type ReadResult = { ok: true; bytes: Uint8Array; decoded: Decoded } | { ok: false; diagnostic: Diagnostic };

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

export interface ReadOptions {
  /** The document's name in messages and the dataset (default: the file path). */
  name?: string;
  maxBytes?: number;
}

/** Bytes asked of the file system in one read: each read is bounded, whatever the file claims. */
const CHUNK = 1 << 20;

export async function readDocument(file: string, options: ReadOptions = {}): Promise<ReadResult> {
  const { name = file, maxBytes = MAX_DOCUMENT_BYTES } = options;
  const fail = (message: string): ReadResult => ({ ok: false, diagnostic: { path: name, severity: 'error', message } });
  // The file system is asked synchronously: a document is a few kilobytes read at once, and each
  // call of the promise API (open, stat, read, close: a promise and a thread-pool task apiece)
  // costs more CPU time than the read itself, about a fifth of a CPU-second for a thousand files.
  let fd: number;
  try {
    // Non-blocking: a FIFO or a device put in place of the file after the folder walk must not
    // hang the run; what was opened is checked below before a byte is read.
    fd = fs.openSync(file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail('disappeared before it could be read; skipped');
    if (code === 'EACCES' || code === 'EPERM') return fail('cannot be read: permission denied; skipped');
    return fail(`cannot be read (${code ?? String(error)}); skipped`);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return fail('is no longer a regular file (it was replaced while the run went on); skipped');
    if (stat.size > maxBytes)
      return fail(
        `is ${megabytes(stat.size)}, over the ${megabytes(maxBytes)} limit for one document; skipped (split it into smaller files)`,
      );
    // Read to the end, not to the size the file reports: /proc and some network file systems say 0.
    let buffer = new Uint8Array(Math.min(Math.max(stat.size, 4096), maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) return fail(`grew over the ${megabytes(maxBytes)} limit while being read; skipped`);
        const bigger = new Uint8Array(Math.min(buffer.length * 2, maxBytes + 1));
        bigger.set(buffer);
        buffer = bigger;
      }
      const bytesRead = fs.readSync(fd, buffer, length, Math.min(CHUNK, buffer.length - length), null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    const bytes = buffer.subarray(0, length);
    if (bytes.length === 0) return fail('is empty; skipped');
    const changed =
      stat.size > 0 && length !== stat.size
        ? `changed size while being read (${stat.size} bytes when opened, ${length} read): it may be incomplete`
        : null;
    const decoded = await asDocument(decode(bytes, name, changed !== null), name);
    if ('error' in decoded) return fail(changed ? `${changed}; ${decoded.error}` : decoded.error);
    if (decoded.raw.trim() === '') return fail('holds only white space; skipped');
    if (changed) decoded.diagnostics.unshift({ path: name, severity: 'warning', message: changed });
    return { ok: true, bytes, decoded };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EAGAIN') return fail('gives no data without waiting (not a regular file); skipped');
    return fail(`could not be read to the end (${code ?? String(error)}); skipped`);
  } finally {
    try {
      fs.closeSync(fd);
    } catch {
      // nothing more to read from it either way
    }
  }
}
