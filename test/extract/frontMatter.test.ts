import { describe, expect, it } from 'vitest';
import { parseDate, splitFrontMatter, titleFromText } from '../../src/extract/frontMatter.ts';

describe('splitFrontMatter', () => {
  it('reads title, date, source and url, and gives the body after the closing line', () => {
    const raw = '---\ntitle: Talks resume\ndate: 2024-06-12\nsource: Axios\nurl: https://example.com/a\n---\nBody starts here.\n';
    const { text, meta, diagnostics } = splitFrontMatter(raw, 'a.md');
    expect(text).toBe('Body starts here.\n');
    expect(meta).toEqual({ title: 'Talks resume', date: '2024-06-12', source: 'Axios', url: 'https://example.com/a' });
    expect(diagnostics).toEqual([]);
  });

  it('keeps the date as written, whatever time zone a timestamp carries', () => {
    const { meta } = splitFrontMatter('---\ndate: 2024-06-10T23:30:00-05:00\n---\nx', 'a.md');
    expect(meta.date).toBe('2024-06-10');
  });

  it('keeps the body and warns when the YAML is broken', () => {
    const { text, meta, diagnostics } = splitFrontMatter('---\ntitle: [unclosed\ndate: 2024-01-01\n---\nThe body.', 'broken.md');
    expect(text).toBe('The body.');
    expect(meta.date).toBeNull();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ path: 'broken.md', severity: 'warning' });
    expect(diagnostics[0]!.message).toMatch(/not valid YAML.*body is kept/);
  });

  it('reads the whole file as text when the front matter is never closed', () => {
    const raw = '---\ntitle: x\nNo closing line here.';
    const { text, diagnostics } = splitFrontMatter(raw, 'open.md');
    expect(text).toBe(raw);
    expect(diagnostics[0]!.message).toMatch(/never closed/);
  });

  it('warns about a date that is not a calendar date and leaves it null', () => {
    const { meta, diagnostics } = splitFrontMatter('---\ndate: 2024-02-30\n---\nx', 'd.md');
    expect(meta.date).toBeNull();
    expect(diagnostics[0]!.message).toMatch(/"2024-02-30" is not a calendar date/);
  });

  it('warns about a field that is not text', () => {
    const { meta, diagnostics } = splitFrontMatter('---\ntitle:\n  nested: true\n---\nBody', 't.md');
    expect(meta.title).toBe('Body');
    expect(diagnostics[0]!.message).toMatch(/"title" is not text/);
  });

  it('takes the title from the first heading, else the first line, else the file name', () => {
    expect(splitFrontMatter('# Heading one\nText', 'x.md').meta.title).toBe('Heading one');
    expect(splitFrontMatter('- U.S. officials confirm talks\nMore', 'x.md').meta.title).toBe('U.S. officials confirm talks');
    expect(splitFrontMatter(`${'word '.repeat(60)}\n`, 'dir/my-file.txt').meta.title).toBe('my-file');
    expect(titleFromText('')).toBeNull();
  });
});

describe('parseDate', () => {
  it.each([
    ['2024-06-10', '2024-06-10'],
    ['2024/6/1', '2024-06-01'],
    ['June 10, 2024', '2024-06-10'],
    ['10 June 2024', '2024-06-10'],
    ['Jun. 10 2024', '2024-06-10'],
    ['2024-13-01', null],
    ['2023-02-29', null],
    ['2024-02-29', '2024-02-29'],
    ['yesterday', null],
    ['2024', null],
  ])('%s → %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });
});
