// Identifiers that are stable across runs and safe as file names and URL parts.
import { createHash } from 'node:crypto';

/** Lower-case ASCII words joined by dashes; accents are folded ("Türkiye" → "turkiye"). */
export function slug(text: string, max = 60): string {
  const folded = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const words = folded.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  let out = '';
  for (const word of words) {
    const next = out ? `${out}-${word}` : word;
    if (next.length > max) break;
    out = next;
  }
  return out;
}

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A short hash for ids: the first `length` hex digits of SHA-256. */
export function shortHash(text: string, length = 10): string {
  return sha256(text).slice(0, length);
}
