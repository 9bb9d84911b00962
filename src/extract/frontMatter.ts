// Stage 2: split optional YAML front matter (title, date, source, url) from the body.
// Broken front matter never loses the body: its fields are ignored with a diagnostic.
import { parse as parseYaml } from 'yaml';
import type { Diagnostic } from '../model/dataset.ts';
import type { DocMeta } from './context.ts';
import { plainFields } from './frontMatterPlain.ts';

export interface Split {
  text: string;
  meta: DocMeta;
  diagnostics: Diagnostic[];
}

const OPEN = /^---[ \t]*\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export function splitFrontMatter(raw: string, file: string): Split {
  const diagnostics: Diagnostic[] = [];
  const warn = (message: string) => diagnostics.push({ path: file, severity: 'warning', message });
  let text = raw;
  let fields: Record<string, unknown> = {};
  const open = OPEN.exec(raw);
  if (open) {
    const rest = raw.slice(open[0].length);
    const close = CLOSE.exec(rest);
    if (!close) {
      warn('starts with "---" but its front matter is never closed by another "---" line; read the whole file as text');
    } else {
      const yaml = rest.slice(0, close.index);
      const afterClose = close.index + close[0].length;
      text = rest.slice(rest[afterClose] === '\n' ? afterClose + 1 : afterClose);
      fields = readFields(yaml, warn);
    }
  }
  return { text, meta: toMeta(fields, text, file, warn), diagnostics };
}

function readFields(yaml: string, warn: (message: string) => void): Record<string, unknown> {
  const plain = plainFields(yaml);
  if (plain) return plain;
  let parsed: unknown;
  try {
    parsed = parseYaml(yaml, { schema: 'core', uniqueKeys: true, prettyErrors: true, maxAliasCount: 50 });
  } catch (error) {
    const reason = String((error as Error).message ?? error).split('\n')[0];
    warn(`front matter is not valid YAML (${reason}); its fields are ignored, the body is kept`);
    return {};
  }
  if (parsed === null || parsed === undefined) return {};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    warn('front matter is not a list of "key: value" fields; its fields are ignored, the body is kept');
    return {};
  }
  return parsed as Record<string, unknown>;
}

function toMeta(fields: Record<string, unknown>, text: string, file: string, warn: (m: string) => void): DocMeta {
  const str = (key: string): string | null => {
    const value = fields[key];
    if (value === undefined || value === null) return null;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value).trim() || null;
    warn(`front matter field "${key}" is not text; ignored`);
    return null;
  };
  const title = str('title') ?? titleFromText(text) ?? file.slice(file.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
  const rawDate = str('date');
  const date = rawDate === null ? null : parseDate(rawDate);
  if (rawDate !== null && date === null)
    warn(
      `front matter date "${rawDate.slice(0, 60)}" is not a calendar date (expected YYYY-MM-DD); relative dates are resolved without it`,
    );
  const byline = str('byline') ?? str('author');
  return { title, date, source: str('source'), url: str('url'), ...(byline ? { byline } : {}) };
}

/** The first heading, or a short first line, stripped of Markdown marks. */
export function titleFromText(text: string): string | null {
  const lines = text
    .split('\n', 40)
    .map((l) => l.trim())
    .filter(Boolean);
  const heading = lines.slice(0, 5).find((l) => /^#{1,6}\s+\S/.test(l));
  const line = heading ?? lines[0];
  if (!line) return null;
  const clean = line.replace(/^(?:#{1,6}|[-*+>]|\d+[.)])\s+/, '').trim();
  if (!clean || clean.length > 160) return null;
  return clean;
}

function isoDay(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || y < 1 || y > 9999) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A publication date as written: ISO (with or without time), "June 10, 2024" or "10 June 2024". */
export function parseDate(value: string): string | null {
  const v = value.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(v);
  if (m) return isoDay(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(v);
  if (m) return isoDay(+m[1]!, +m[2]!, +m[3]!);
  m = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(v);
  if (m) return monthDay(m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(v);
  if (m) return monthDay(m[2]!, +m[1]!, +m[3]!);
  return null;
}

function monthDay(name: string, day: number, year: number): string | null {
  const lower = name.toLowerCase();
  const index = MONTHS.findIndex((month) => lower.length >= 3 && month.startsWith(lower));
  return index < 0 ? null : isoDay(year, index + 1, day);
}
