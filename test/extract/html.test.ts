import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToDocument, readArticle } from '../../src/extract/html.ts';
import { documentFromBytes } from '../../src/extract/documentText.ts';
import { extract } from '../../src/extract/pipeline.ts';

const PAGE = path.resolve(import.meta.dirname, '../fixtures/html/page.html');
const html = fs.readFileSync(PAGE, 'utf8');

const article = (await readArticle(html))!;

describe('a saved web page is reduced to its article', () => {
  it('takes title, byline, publication date, site and address from the page metadata', () => {
    expect(article).toMatchObject({
      title: 'Harbour reopens after three-week closure',
      byline: 'Mara Lindqvist',
      // The publisher's own day, not the UTC one (21:30 at -05:00 is already the 15th in UTC).
      date: '2024-03-14',
      source: 'The Coastal Ledger',
      url: 'https://ledger.example/harbour-reopens',
    });
  });

  it('keeps the article paragraphs, one per block', () => {
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^The port authority of Westhaven reopened the harbour on Monday/);
    expect(paragraphs[2]).toMatch(/Ferry services to the islands resumed on Tuesday morning\.$/);
  });

  it.each(['Reader1234', 'BoatFan', 'Share on Facebook', 'Sport', 'Council approves', 'All rights reserved', 'tracker', 'By Mara'])(
    'leaves out page furniture: %s',
    (words) => expect(article.text).not.toContain(words),
  );

  it('falls back to the <title> and the body when the page has no metadata', async () => {
    const bare = (await readArticle('<html><head><title>Short note</title></head><body><p>The council met on Friday.</p></body></html>'))!;
    expect(bare).toMatchObject({ title: 'Short note', byline: null, date: null, source: null, url: null });
    expect(bare.text).toBe('The council met on Friday.');
  });

  it('keeps page text as text: markup in it is not interpreted', async () => {
    const page = '<html><body><article><p>The mayor wrote &lt;script&gt;alert(1)&lt;/script&gt; on Monday.</p></article></body></html>';
    expect((await readArticle(page))!.text).toBe('The mayor wrote <script>alert(1)</script> on Monday.');
  });

  it('refuses a page with no text', async () => {
    expect(await htmlToDocument('<html><body><nav>Home</nav></body></html>')).toEqual({
      error: 'is a web page with no article text; skipped',
    });
    const bytes = new TextEncoder().encode('<html><body><script>x()</script></body></html>');
    expect(await documentFromBytes(bytes, 'empty.html')).toMatchObject({
      ok: false,
      diagnostic: { path: 'empty.html', severity: 'error' },
    });
  });

  it('writes the metadata as front matter that survives quotes and colons', async () => {
    const page =
      '<html><head><meta property="og:title" content="Talks: &quot;no deal&quot; — yet"></head><body><p>Talks ended on Monday.</p></body></html>';
    const doc = await htmlToDocument(page);
    expect('raw' in doc && doc.raw).toMatch(/^---\ntitle: 'Talks: "no deal" — yet'\n---\nTalks ended on Monday\.\n$/);
  });
});

describe('the CLI reads .html files', () => {
  it('extracts events from the article with the page date as reference', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'html-'));
    fs.copyFileSync(PAGE, path.join(dir, 'harbour.html'));
    const { dataset, texts } = await extract([dir]);
    expect(dataset.documents).toHaveLength(1);
    expect(dataset.documents[0]).toMatchObject({
      title: 'Harbour reopens after three-week closure',
      date: '2024-03-14',
      source: 'The Coastal Ledger',
      byline: 'Mara Lindqvist',
    });
    expect(texts[0]!.text).not.toContain('Reader1234');
    const reopened = dataset.events.find((e) => /reopened/.test(e.title));
    expect(reopened?.time?.value).toBe('2024-03-11');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
