// Stage 1, the part without the file system: bytes → text, saying what was assumed. The CLI's
// read stage (read.ts) and the browser's dropped files both decode through here.
import type { Diagnostic } from '../model/dataset.ts';

/** Larger documents are refused: the whole text is held in memory and sent to the browser. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export interface Decoded {
  raw: string;
  diagnostics: Diagnostic[];
}

// Control characters other than tab, line breaks and form feed: many of them mean binary data.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0e-\x1a\x1c-\x1f]/g;

/**
 * Decodes bytes as UTF-8 (BOM optional), UTF-16 with a BOM, or Windows-1252 when that is plainly
 * what they are. `changing`: the file changed while it was read, so a character cut at the end
 * is that, not an encoding problem.
 */
export function decode(bytes: Uint8Array, file: string, changing = false): Decoded | { error: string } {
  const diagnostics: Diagnostic[] = [];
  const note = (message: string, severity: Diagnostic['severity'] = 'warning') => diagnostics.push({ path: file, severity, message });
  let raw: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    raw = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    note('read as UTF-16 (little-endian), as its byte order mark says', 'info');
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    raw = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    note('read as UTF-16 (big-endian), as its byte order mark says', 'info');
  } else {
    const nul = bytes.subarray(0, 8192).indexOf(0);
    if (nul >= 0) return { error: `is a binary file (a NUL byte at byte ${nul}), not text; skipped` };
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    try {
      raw = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      const bad = firstInvalidUtf8(body);
      if (changing && bad >= body.length - 3 && bad > 0) {
        raw = new TextDecoder('utf-8').decode(body);
        return { raw: raw.replace(/\r\n?/g, '\n'), diagnostics };
      }
      const where = `byte 0x${body[bad]?.toString(16).padStart(2, '0')} at byte ${bad}`;
      if (!hasMultiByteUtf8(body)) {
        raw = decodeWindows1252(body);
        note(`is not valid UTF-8 (${where}) and has no UTF-8 sequences; read as Windows-1252 (Latin-1)`);
      } else {
        raw = new TextDecoder('utf-8').decode(body);
        note(`is not valid UTF-8 (${where}); read as UTF-8 with the invalid bytes replaced by U+FFFD`);
      }
    }
  }
  const controls = raw.slice(0, 8192).match(CONTROL)?.length ?? 0;
  if (controls > Math.min(raw.length, 8192) * 0.1) return { error: 'is a binary file (mostly control characters), not text; skipped' };
  return { raw: raw.replace(/\r\n?/g, '\n'), diagnostics };
}

/** Length of the UTF-8 sequence a lead byte starts, or 0 when it cannot start one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

function validSequenceAt(bytes: Uint8Array, i: number): number {
  const n = sequenceLength(bytes[i]!);
  if (n <= 1) return n;
  for (let k = 1; k < n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return 0;
  return n;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const n = validSequenceAt(bytes, i);
    if (n === 0) return i;
    i += n;
  }
  return bytes.length;
}

function hasMultiByteUtf8(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80 && validSequenceAt(bytes, i) > 1) return true;
  return false;
}

// Node's decoder maps 0x80–0x9F to C1 controls (ISO-8859-1); Windows-1252 has letters and
// punctuation there (€, curly quotes, dashes), which is what such files mean.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 4096) {
    const chunk = bytes.subarray(i, i + 4096);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
  }
  return out;
}
