// Identifiers that are stable across runs and safe as file names and URL parts.
// SHA-256 from @noble/hashes: synchronous and the same in Node and the browser (crypto.subtle is
// asynchronous, node:crypto exists only in Node), so the pipeline's core runs in both. In Node the
// same digest comes from node:crypto, found at run time (no import: the core stays free of Node
// modules), some ten times faster on the many short ids of a corpus.
import { sha256 as sha256Bytes } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

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

interface NodeHash {
  update(data: Uint8Array | string, encoding?: 'utf8'): NodeHash;
  digest(encoding: 'hex'): string;
}
type BuiltinModule = (id: 'node:crypto') => { createHash(algorithm: 'sha256'): NodeHash } | undefined;
const builtin = (globalThis as { process?: { getBuiltinModule?: BuiltinModule } }).process?.getBuiltinModule;
const nodeCrypto = typeof builtin === 'function' ? builtin('node:crypto') : undefined;

export function sha256(data: Uint8Array | string): string {
  if (nodeCrypto) return nodeCrypto.createHash('sha256').update(data, 'utf8').digest('hex');
  return bytesToHex(sha256Bytes(typeof data === 'string' ? utf8ToBytes(data) : data));
}

/** A short hash for ids: the first `length` hex digits of SHA-256. */
export function shortHash(text: string, length = 10): string {
  return sha256(text).slice(0, length);
}
