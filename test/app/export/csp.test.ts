import { describe, expect, it } from 'vitest';
import { frameAncestors, headersFile, parseHeadersFile } from '../../../src/app/cspPlugin.ts';
import { embedCode, isEmbed } from '../../../src/app/export/embed.ts';

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

describe('embed code', () => {
  it('is an iframe of the same view in embed mode, its address escaped for HTML', () => {
    const code = embedCode('https://news.example/t/?event=e1&actor=hamas');
    expect(code).toMatch(/^<iframe src="https:\/\/news\.example\/t\/\?event=e1&amp;actor=hamas&amp;embed=1" /);
    const iframe = new DOMParser().parseFromString(code, 'text/html').querySelector('iframe')!;
    expect(new URL(iframe.src).searchParams.get('embed')).toBe('1');
    expect(iframe.title).toBe('Timeline');
  });
});
