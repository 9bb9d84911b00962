// A place name's particle ("Frankfurt am Main", "Marktl am Inn", "Neustadt im Schwarzwald") is
// part of the name: the tagger reads "am" as the verb "be" between two proper nouns, and the
// clause stage then made the name's last word a clause of its own, cutting the sentence's event.
import type { Token } from './analyze.ts';

export const PLACE_PARTICLES: ReadonlySet<string> = new Set(['am', 'im']);

/**
 * After a proper noun and before a capitalized word the particle cannot be the verb ("I am" has
 * a pronoun before it): the particle and the capitalized word are tagged proper nouns (in place).
 */
export function tagNameParticles(tokens: Token[]): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    if (!PLACE_PARTICLES.has(t.text) || tokens[i - 1]!.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}/u.test(next.text)) continue;
    t.pos = 'PROPN';
    next.pos = 'PROPN';
  }
}
