import { describe, expect, it } from 'vitest';
import { frameAncestors, headersFile, parseHeadersFile } from '../../../src/app/cspPlugin.ts';
import { isEmbed } from '../../../src/app/export/embed.ts';

describe('frame-ancestors from EMBED_ORIGINS', () => {
  it("is 'none' unless origins are given", () => {
    expect(frameAncestors(undefined)).toBe("'none'");
    expect(frameAncestors('  ')).toBe("'none'");
    expect(frameAncestors("'none'")).toBe("'none'");
  });

  it('takes origins separated by spaces or commas', () => {
    expect(frameAncestors('https://news.example, https://*.cms.example:8443')).toBe('https://news.example https://*.cms.example:8443');
    expect(frameAncestors("'self'")).toBe("'self'");
  });

  it.each(['*', 'news.example', 'https://news.example/path', 'javascript:alert(1)', 'https://a.example; script-src *'])(
    'refuses %s',
    (value) => {
      expect(() => frameAncestors(value)).toThrow(/EMBED_ORIGINS/);
    },
  );
});

describe('the _headers file', () => {
  it('carries the whole policy with frame-ancestors, and reads back', () => {
    const headers = new Map(parseHeadersFile(headersFile('https://news.example')));
    expect(headers.get('Content-Security-Policy')).toMatch(/^default-src 'self'.*; frame-ancestors https:\/\/news\.example$/);
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('reads only the block for every path', () => {
    expect(parseHeadersFile('/data/*\n  Cache-Control: no-store\n/*\n  X-A: 1\n')).toEqual([['X-A', '1']]);
  });
});

describe('embed mode', () => {
  it.each([
    ['?embed=1', true],
    ['?embed', true],
    ['?embed=0', false],
    ['?event=x', false],
  ])('%s → %s', (search, expected) => expect(isEmbed(search)).toBe(expected));
});
