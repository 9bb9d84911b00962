import { describe, expect, it } from 'vitest';
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { sha256, shortHash } from '../../src/extract/ids.ts';

const portable = (text: string) => bytesToHex(nobleSha256(utf8ToBytes(text)));

describe('sha256', () => {
  it('gives the standard digest', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(shortHash('abc', 6)).toBe('ba7816');
  });

  it('gives in Node the digest the browser computes, for any text', () => {
    // Accents, emoji, a lone surrogate (read as U+FFFD in both), a long text.
    for (const text of ['', 'Türkiye', 'rose 5% 😀', 'a\uD800b', '\uDC00', 'word '.repeat(20000)]) {
      expect(sha256(text)).toBe(portable(text));
    }
    const bytes = new Uint8Array([0, 1, 254, 255]);
    expect(sha256(bytes)).toBe(bytesToHex(nobleSha256(bytes)));
  });
});
