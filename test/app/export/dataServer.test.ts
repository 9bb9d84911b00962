import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dataMiddleware } from '../../../src/app/dataServerPlugin.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'te-data-'));
fs.mkdirSync(path.join(dir, 'documents'));
fs.writeFileSync(path.join(dir, 'dataset.json'), '{"schemaVersion":1}');
fs.writeFileSync(path.join(dir, 'documents', 'a.json'), '{"id":"a"}');
fs.writeFileSync(path.join(os.tmpdir(), 'secret.json'), '{}');
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(path.join(os.tmpdir(), 'secret.json'), { force: true });
});

function request(url: string, headers: Record<string, string> = {}) {
  const res = { statusCode: 200, headers: {} as Record<string, string>, body: '' as string | Buffer, nexted: false };
  const response = {
    setHeader: (k: string, v: string) => (res.headers[k.toLowerCase()] = v),
    end: (body?: string | Buffer) => (res.body = body ?? ''),
    set statusCode(code: number) {
      res.statusCode = code;
    },
  } as unknown as ServerResponse;
  dataMiddleware(dir)({ url, method: 'GET', headers } as IncomingMessage, response, () => (res.nexted = true));
  return res;
}

describe('serving a dataset folder', () => {
  it('sends the dataset and its documents with their hash as ETag', () => {
    const first = request('/data/dataset.json');
    expect(String(first.body)).toBe('{"schemaVersion":1}');
    expect(first.headers.etag).toMatch(/^"[0-9a-f]{64}"$/);
    expect(String(request('/data/documents/a.json').body)).toBe('{"id":"a"}');
  });

  it('answers a reload with the same hash by 304, without the body', () => {
    const { etag } = request('/data/dataset.json').headers;
    const again = request('/data/dataset.json', { 'if-none-match': etag! });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('sends the new file after it changes', () => {
    const { etag } = request('/data/dataset.json').headers;
    fs.writeFileSync(path.join(dir, 'dataset.json'), '{"schemaVersion":1,"x":2}');
    const again = request('/data/dataset.json', { 'if-none-match': etag! });
    expect(again.statusCode).toBe(200);
    expect(again.headers.etag).not.toBe(etag);
  });

  it('never leaves the folder, and leaves other paths to the app', () => {
    expect(request('/data/../secret.json').nexted).toBe(true);
    expect(request('/data/%2e%2e/secret.json').nexted).toBe(true);
    expect(request('/src/app/main.tsx').nexted).toBe(true);
    expect(request('/data/missing.json').statusCode).toBe(404);
  });
});
