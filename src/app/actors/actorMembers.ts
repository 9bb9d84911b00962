// Selecting a country selects its members too (United States → CIA, Jake Sullivan), however deep.
import type { Actor } from '../../model/dataset.ts';

export function actorMembers(actors: readonly Actor[]): Map<string, Set<string>> {
  const children = new Map<string, string[]>();
  for (const actor of actors) {
    if (actor.parentId === null) continue;
    const list = children.get(actor.parentId) ?? [];
    list.push(actor.id);
    children.set(actor.parentId, list);
  }
  const members = new Map<string, Set<string>>();
  for (const actor of actors) {
    const found = new Set<string>([actor.id]);
    const stack = [actor.id];
    // The set doubles as the visited list, so a cycle in parentId cannot loop forever.
    while (stack.length) {
      for (const child of children.get(stack.pop()!) ?? []) {
        if (found.has(child)) continue;
        found.add(child);
        stack.push(child);
      }
    }
    members.set(actor.id, found);
  }
  return members;
}
