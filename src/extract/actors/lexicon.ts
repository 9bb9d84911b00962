// Checks a lexicon (the built-in one or a user's) entry by entry: a mistake in one entry costs
// that entry, with a diagnostic naming the file and the entry, never the run. Reading a user's
// file is lexiconFile.ts's job: this module runs in the browser too.
import { z } from 'zod';
import { ACTOR_KINDS } from '../../model/dataset.ts';
import type { Diagnostic } from '../../model/dataset.ts';

const countriesSchema = z.object({
  names: z.record(z.string(), z.string()).optional(),
  aliases: z.record(z.string(), z.array(z.string())).optional(),
  ignore: z.array(z.string()).optional(),
});

const entrySchema = z.object({
  name: z.string().trim().min(1),
  kind: z.enum(ACTOR_KINDS),
  aliases: z.array(z.string()).optional(),
  parent: z.string().optional(),
});

export type LexiconEntry = z.infer<typeof entrySchema>;

export interface Lexicon {
  countries?: z.infer<typeof countriesSchema>;
  actors?: LexiconEntry[];
}

/** Reports a lexicon that cannot be used at all, and stands in for it with an empty one. */
export const lexiconFailure =
  (file: string, diagnostics: Diagnostic[]) =>
  (message: string): Lexicon => {
    diagnostics.push({ path: file, severity: 'error', message: `actor lexicon ${message}; its actors are not used` });
    return {};
  };

const issue = (error: z.ZodError) => {
  const first = error.issues[0];
  return first ? `${first.path.length ? `${first.path.join('.')}: ` : ''}${first.message}` : 'invalid';
};

/** A parsed lexicon checked entry by entry; `file` names it in diagnostics. */
export function checkLexicon(raw: unknown, file: string, diagnostics: Diagnostic[]): Lexicon {
  const fail = lexiconFailure(file, diagnostics);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return fail('is not a JSON object');
  const record = raw as Record<string, unknown>;
  const countries = countriesSchema.safeParse(record.countries ?? {});
  if (!countries.success) return fail(`has invalid "countries" (${issue(countries.error)})`);
  if (record.actors !== undefined && !Array.isArray(record.actors)) return fail('has "actors" that is not a list');
  const actors: LexiconEntry[] = [];
  ((record.actors as unknown[] | undefined) ?? []).forEach((entry, index) => {
    const parsed = entrySchema.safeParse(entry);
    if (parsed.success) actors.push(parsed.data);
    else {
      const name = entry && typeof entry === 'object' && 'name' in entry ? ` "${String(entry.name)}"` : '';
      diagnostics.push({ path: file, severity: 'warning', message: `actor lexicon entry ${index + 1}${name} is invalid (${issue(parsed.error)}); skipped` });
    }
  });
  return { countries: countries.data, actors };
}
