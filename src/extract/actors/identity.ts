// One name, one actor id, in every document: a company is the same without its suffix
// ("Apple Inc." and "Apple" → apple), and a title's forms say the same role ("CEO", "chief executive").
import type { ActorKind } from '../../model/dataset.ts';
import { slug } from '../ids.ts';
import { withoutSuffix } from './linking.ts';

export function actorId(name: string, kind: ActorKind): string {
  return slug(kind === 'organization' || kind === 'media' ? withoutSuffix(name) : name);
}

const SAME_ROLE: Record<string, string[]> = { ceo: ['chief executive'], 'chief executive': ['ceo'], executive: ['chief executive', 'ceo'] };

/** The roles a title gives, in lower case: "Prime Minister" → prime minister, minister. */
export function rolesOf(title: string): string[] {
  const lower = title.toLowerCase();
  const last = lower.split(' ').at(-1)!;
  return [...new Set([lower, last, ...(SAME_ROLE[lower] ?? []), ...(SAME_ROLE[last] ?? [])])];
}
