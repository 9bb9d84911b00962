import { describe, expect, it } from 'vitest';
import { firstDiagnostics, groupDiagnostics } from '../../../src/app/diagnostics/groupDiagnostics.ts';
import { asSentence, shownHarmlessly } from '../../../src/app/diagnostics/shownHarmlessly.ts';
import type { Diagnostic, DocumentMeta } from '../../../src/model/dataset.ts';

const d = (path: string, severity: Diagnostic['severity'], message = 'x'): Diagnostic => ({ path, severity, message });

describe('groupDiagnostics', () => {
  it('puts the files with errors first, then warnings, then notes, each in name order', () => {
    const groups = groupDiagnostics(
      [d('b.md', 'info'), d('c.md', 'warning'), d('z.md', 'error'), d('a.md', 'warning'), d('b.md', 'error'), d('B.md', 'info')],
      [{ id: 'doc-c', path: 'c.md' } as DocumentMeta],
    );
    expect(groups.map((g) => [g.path, g.worst, g.docId])).toEqual([
      ['b.md', 'error', null],
      ['z.md', 'error', null],
      ['a.md', 'warning', null],
      ['c.md', 'warning', 'doc-c'],
      ['B.md', 'info', null],
    ]);
    expect(groups[0]!.diagnostics.map((x) => x.severity)).toEqual(['error', 'info']);
  });

  it('keeps the first diagnostics up to a limit, cutting the last file short', () => {
    const groups = groupDiagnostics([d('a', 'error'), d('a', 'error'), d('b', 'error'), d('b', 'error'), d('c', 'error')], []);
    expect(firstDiagnostics(groups, 3).map((g) => [g.path, g.diagnostics.length])).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
  });
});

describe('shownHarmlessly', () => {
  it.each([
    ['plain name.txt', 'plain name.txt'],
    ['\u001b[31mred\u001b[0m', '[ESC][31mred[ESC][0m'],
    ['line\nbreak\ttab\u0000nul\u007f\u0007', 'line[LF]break[TAB]tab[NUL]nul[DEL][U+0007]'],
    ['abc\u202etxt.exe', 'abc[U+202E]txt.exe'],
    ['zero\u200bwidth\u0085', 'zero[U+200B]width[U+0085]'],
    ['café – “ok”', 'café – “ok”'],
  ])('%j → %j', (given, shown) => expect(shownHarmlessly(given)).toBe(shown));

  it('makes a message a sentence', () => {
    expect(asSentence('cannot be read; skipped')).toBe('Cannot be read; skipped.');
    expect(asSentence('This document differs.')).toBe('This document differs.');
  });
});
