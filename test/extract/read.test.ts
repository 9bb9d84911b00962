import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decode, readDocument } from '../../src/extract/read.ts';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'te-read-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (name: string, data: string | Uint8Array) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, data);
  return file;
};

describe('decode', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);

  it('reads UTF-8 and drops a byte order mark', () => {
    const result = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Café “talks”')]), 'a.txt');
    expect(result).toEqual({ raw: 'Café “talks”', diagnostics: [] });
  });

  it('normalizes CRLF and lone CR line endings to \\n', () => {
    expect(decode(new TextEncoder().encode('a\r\nb\rc\n'), 'a.txt')).toMatchObject({ raw: 'a\nb\nc\n' });
  });

  it('reads UTF-16 with a byte order mark and says so', () => {
    const result = decode(bytes(0xff, 0xfe, 0x48, 0x00, 0x69, 0x00), 'u16.txt');
    expect(result).toMatchObject({ raw: 'Hi', diagnostics: [{ severity: 'info', message: expect.stringMatching(/UTF-16/) }] });
  });

  it('reads Windows-1252 (Latin-1) when no byte forms UTF-8, and says which encoding was assumed', () => {
    const result = decode(bytes(0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94, 0x20, 0x80), 'latin1.txt');
    expect(result).toMatchObject({ raw: 'café “q” €' });
    expect((result as { diagnostics: { message: string }[] }).diagnostics[0]!.message).toMatch(/not valid UTF-8 \(byte 0xe9 at byte 3\).*Windows-1252/);
  });

  it('keeps UTF-8 with a few broken bytes as UTF-8, replacing them, and says so', () => {
    const result = decode(new Uint8Array([...new TextEncoder().encode('Café '), 0xff, 0x41]), 'mixed.txt');
    expect(result).toMatchObject({ raw: 'Café \uFFFDA' });
    expect((result as { diagnostics: { message: string }[] }).diagnostics[0]!.message).toMatch(/invalid bytes replaced by U\+FFFD/);
  });

  it('refuses binary data', () => {
    expect(decode(bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x01), 'x.txt')).toEqual({ error: expect.stringMatching(/binary file \(a NUL byte at byte 4\)/) });
    expect(decode(new Uint8Array(100).fill(1), 'x.txt')).toEqual({ error: expect.stringMatching(/binary file/) });
  });
});

describe('readDocument', () => {
  it('reads a document', async () => {
    const result = await readDocument(write('ok.txt', 'Hello.'));
    expect(result).toMatchObject({ ok: true, decoded: { raw: 'Hello.' } });
  });

  it.each([
    ['an empty file', '', /is empty; skipped/],
    ['a file of white space', ' \n\t\n', /only white space/],
    ['a binary file', new Uint8Array([0, 1, 2, 3]), /binary file/],
  ])('names the file and the problem for %s', async (_, data, message) => {
    const file = write('bad.txt', data);
    const result = await readDocument(file);
    expect(result).toEqual({ ok: false, diagnostic: { path: file, severity: 'error', message: expect.stringMatching(message) } });
  });

  it('refuses a document over the size limit without reading it whole', async () => {
    const file = write('big.txt', 'x'.repeat(2048));
    const result = await readDocument(file, 1024);
    expect(result).toMatchObject({ ok: false, diagnostic: { message: expect.stringMatching(/over the 0\.0 MB limit/) } });
  });

  it('reports a file that disappeared and a path that cannot be read', async () => {
    expect(await readDocument(path.join(dir, 'gone.txt'))).toMatchObject({ ok: false, diagnostic: { message: expect.stringMatching(/disappeared/) } });
    const file = write('f.txt', 'x');
    expect(await readDocument(path.join(file, 'child.txt'))).toMatchObject({ ok: false, diagnostic: { message: expect.stringMatching(/cannot be read \(ENOTDIR\)/) } });
  });
});
