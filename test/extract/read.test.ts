import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
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
    expect((result as { diagnostics: { message: string }[] }).diagnostics[0]!.message).toMatch(
      /not valid UTF-8 \(byte 0xe9 at byte 3\).*Windows-1252/,
    );
  });

  it('keeps UTF-8 with a few broken bytes as UTF-8, replacing them, and says so', () => {
    const result = decode(new Uint8Array([...new TextEncoder().encode('Café '), 0xff, 0x41]), 'mixed.txt');
    expect(result).toMatchObject({ raw: 'Café \uFFFDA' });
    expect((result as { diagnostics: { message: string }[] }).diagnostics[0]!.message).toMatch(/invalid bytes replaced by U\+FFFD/);
  });

  it('refuses binary data', () => {
    expect(decode(bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x01), 'x.txt')).toEqual({
      error: expect.stringMatching(/binary file \(a NUL byte at byte 4\)/),
    });
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
    const result = await readDocument(file, { maxBytes: 1024 });
    expect(result).toMatchObject({ ok: false, diagnostic: { message: expect.stringMatching(/over the 0\.0 MB limit/) } });
  });

  it('reports a file that disappeared and a path that cannot be read', async () => {
    expect(await readDocument(path.join(dir, 'gone.txt'))).toMatchObject({
      ok: false,
      diagnostic: { message: expect.stringMatching(/disappeared/) },
    });
    const file = write('f.txt', 'x');
    expect(await readDocument(path.join(file, 'child.txt'))).toMatchObject({
      ok: false,
      diagnostic: { message: expect.stringMatching(/cannot be read \(ENOTDIR\)/) },
    });
  });

  it('refuses a FIFO put in place of a document at once, instead of waiting for a writer forever', async () => {
    const fifo = path.join(dir, 'swapped.txt');
    execFileSync('mkfifo', [fifo]);
    expect(await readDocument(fifo)).toMatchObject({
      ok: false,
      diagnostic: { message: expect.stringMatching(/no longer a regular file/) },
    });
  });

  it('refuses a device put in place of a document', async () => {
    expect(await readDocument('/dev/zero')).toMatchObject({
      ok: false,
      diagnostic: { message: expect.stringMatching(/no longer a regular file/) },
    });
  });

  it('reads a file whose reported size is 0 to its end', async () => {
    const result = await readDocument('/proc/self/status', { name: 'status.txt' });
    expect(fs.statSync('/proc/self/status').size).toBe(0);
    expect(result.ok && result.decoded.raw).toMatch(/^Name:[\s\S]*\nPid:/);
  });

  it('reads a document larger than its first buffer to its end', async () => {
    const text = 'Hamas met Qatar. '.repeat(100_000);
    const result = await readDocument(write('long.txt', text));
    expect(result.ok && result.decoded.raw).toBe(text);
  });

  it('names the document by the name it is given, not the path it is read from', async () => {
    const result = await readDocument(write('empty.txt', ''), { name: 'seeds/empty.txt' });
    expect(result).toMatchObject({ ok: false, diagnostic: { path: 'seeds/empty.txt' } });
  });
});

describe('a file that changes while it is read', () => {
  it('ends in the middle of a character: says it changed, not that it is invalid UTF-8', () => {
    const cut = new TextEncoder().encode('Qatar mediated the café').subarray(0, -1);
    expect(decode(cut, 'a.txt', true)).toMatchObject({ raw: expect.stringMatching(/^Qatar mediated the caf/), diagnostics: [] });
    expect(decode(cut, 'a.txt')).toMatchObject({ diagnostics: [{ message: expect.stringMatching(/not valid UTF-8/) }] });
  });
});
