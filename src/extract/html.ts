// A saved web page → the article itself, as a document with front matter: title, byline,
// publication date, site and address from the page's metadata where present; navigation,
// comments, share buttons and scripts left out. One module for the CLI (Node) and the browser
// (a Web Worker, where there is no DOMParser): linkedom parses, Mozilla's Readability finds the article.
// The three libraries are loaded when the first page is read, not with the extractor: most runs
// read no web page, and loading them costs a run more than reading a short article does.
import type { Readability } from '@mozilla/readability';
import type { parseHTML } from 'linkedom/worker';
import type { stringify } from 'yaml';
import type { Diagnostic } from '../model/dataset.ts';
import { parseDate } from './frontMatter.ts';

export const HTML_EXTENSIONS = ['.html', '.htm'];

export function isHtmlPath(path: string): boolean {
  const lower = path.toLowerCase();
  return HTML_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export interface Article {
  title: string | null;
  byline: string | null;
  /** ISO YYYY-MM-DD, as the page states it (the publisher's own day, not converted to UTC). */
  date: string | null;
  source: string | null;
  url: string | null;
  /** Paragraphs separated by blank lines; headings as "## ", list items as "- ". */
  text: string;
}

// Page furniture that is never the article, even when it holds many words.
const FURNITURE =
  'script, style, noscript, template, iframe, svg, canvas, form, button, nav, aside, footer, menu, dialog, ' +
  '[role="navigation"], [role="complementary"], [role="contentinfo"], [role="banner"], [aria-hidden="true"], [hidden]';
const FURNITURE_NAME =
  /(?:^|[\s_-])(?:comments?|replies|share|sharing|social|related|newsletter|subscribe|breadcrumbs?|navbar|sidebar|promo|advert|cookie)(?:$|[\s_-])/i;

type Doc = ReturnType<typeof parseHTML>['document'];

interface PageReader {
  parseHTML: typeof parseHTML;
  Readability: typeof Readability;
  stringify: typeof stringify;
}
let reader: Promise<PageReader> | null = null;
const pageReader = (): Promise<PageReader> =>
  (reader ??= Promise.all([import('linkedom/worker'), import('@mozilla/readability'), import('yaml')]).then(
    ([linkedom, readability, yaml]) => ({ parseHTML: linkedom.parseHTML, Readability: readability.Readability, stringify: yaml.stringify }),
    (error: unknown) => {
      // A load that failed (a chunk the browser could not fetch) is tried again for the next page.
      reader = null;
      throw error;
    },
  ));

function meta(document: Doc, ...selectors: string[]): string | null {
  for (const selector of selectors) {
    const element = document.querySelector(selector);
    const value = (element?.getAttribute('content') ?? element?.getAttribute('datetime') ?? '').trim();
    if (value) return value;
  }
  return null;
}

function pageMetadata(document: Doc) {
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const url = [meta(document, 'meta[property="og:url"]'), canonical].find((u) => u && /^https?:\/\//i.test(u.trim())) ?? null;
  const author = meta(document, 'meta[name="author"]', 'meta[property="article:author"]', 'meta[name="byl"]');
  return {
    title: meta(document, 'meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="title"]'),
    byline: author && !/^https?:\/\//i.test(author) ? author : null,
    date: meta(
      document,
      'meta[property="article:published_time"]',
      'meta[name="article:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="pubdate"]',
      'meta[name="publishdate"]',
      'meta[name="date"]',
      'meta[name="DC.date.issued"]',
      'meta[name="dc.date"]',
      'time[itemprop="datePublished"]',
      'time[pubdate]',
    ),
    source: meta(document, 'meta[property="og:site_name"]', 'meta[name="application-name"]'),
    url: url?.trim() ?? null,
  };
}

function removeFurniture(document: Doc): void {
  for (const element of [...document.querySelectorAll(FURNITURE)]) element.remove();
  for (const element of [...document.querySelectorAll('[class], [id]')]) {
    const names = `${element.getAttribute('id') ?? ''} ${element.getAttribute('class') ?? ''}`;
    if (FURNITURE_NAME.test(names) && element.tagName !== 'BODY' && element.tagName !== 'HTML') element.remove();
  }
  // A page header outside the article is the site's masthead and menu.
  for (const header of [...document.querySelectorAll('header')]) if (!header.closest('article, main')) header.remove();
}

const BLOCK = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'TR',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'FIGURE',
  'FIGCAPTION',
  'HEADER',
  'ADDRESS',
  'HR',
]);
const HEADING = /^H[1-6]$/;

/** The text of an element, one paragraph per block, inline white space collapsed. */
export function blockText(root: { childNodes: ArrayLike<unknown> }): string {
  const paragraphs: string[] = [];
  let line = '';
  const flush = (prefix = '') => {
    const text = line.replace(/[ \t\n\r\f\u00a0]+/g, ' ').trim();
    if (text) paragraphs.push(prefix + text);
    line = '';
  };
  const walk = (node: { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<unknown> }) => {
    if (node.nodeType === 3) return void (line += node.textContent ?? '');
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (name === 'BR') return void (line += '\n');
    if (HEADING.test(name) || name === 'LI') {
      flush();
      for (const child of Array.from(node.childNodes)) walk(child as typeof node);
      return flush(name === 'LI' ? '- ' : '## ');
    }
    if (BLOCK.has(name)) flush();
    for (const child of Array.from(node.childNodes)) walk(child as typeof node);
    if (BLOCK.has(name)) flush();
  };
  for (const child of Array.from(root.childNodes)) walk(child as Parameters<typeof walk>[0]);
  flush();
  return paragraphs.join('\n\n');
}

/** The article of a saved web page, or null when the page holds no text. */
export async function readArticle(html: string): Promise<Article | null> {
  const { parseHTML, Readability } = await pageReader();
  const { document } = parseHTML(html);
  const page = pageMetadata(document);
  const pageTitle = document.querySelector('title')?.textContent?.trim() || null;
  removeFurniture(document);
  let parsed: ReturnType<InstanceType<typeof Readability<unknown>>['parse']>;
  try {
    // The serializer hands back the element itself: its blocks become paragraphs below.
    parsed = new Readability<unknown>(document as unknown as Document, { serializer: (node) => node }).parse();
  } catch {
    parsed = null;
  }
  const content = (parsed?.content as Parameters<typeof blockText>[0] | null | undefined) ?? document.body;
  const clean = (s: string | null | undefined) => s?.replace(/\s+/g, ' ').trim() || null;
  const byline = clean(page.byline) ?? clean(parsed?.byline)?.replace(/^by\s+/i, '') ?? null;
  // The byline is metadata: its own paragraph ("By Jane Doe") is no sentence of the article.
  const bylineLine = byline && new RegExp(`^(?:by\\s+)?${byline.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
  const text = (content ? blockText(content) : '')
    .split('\n\n')
    .filter((p) => !bylineLine || !bylineLine.test(p))
    .join('\n\n');
  if (!text.trim()) return null;
  const rawDate = page.date ?? clean(parsed?.publishedTime);
  return {
    title: clean(page.title) ?? clean(parsed?.title) ?? clean(pageTitle),
    byline,
    date: rawDate ? parseDate(rawDate) : null,
    source: clean(page.source) ?? clean(parsed?.siteName),
    url: page.url,
    text,
  };
}

/**
 * A saved web page as the raw text of a document: the article's metadata as YAML front matter
 * (read by the front matter stage like any other), then its paragraphs.
 */
export async function htmlToDocument(html: string): Promise<{ raw: string; diagnostics: Diagnostic[] } | { error: string }> {
  const article = await readArticle(html);
  const { stringify } = await pageReader();
  if (!article) return { error: 'is a web page with no article text; skipped' };
  const fields = Object.fromEntries(
    (['title', 'date', 'source', 'url', 'byline'] as const).flatMap((key) => (article[key] ? [[key, article[key]]] : [])),
  );
  // Always a front matter block, even an empty one: a page whose text starts with "---" must not be read as one.
  const front = `---\n${Object.keys(fields).length ? stringify(fields, { lineWidth: 0 }) : ''}---\n`;
  return { raw: front + article.text + '\n', diagnostics: [] };
}
