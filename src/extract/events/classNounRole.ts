// The part a place or craft named by its class noun (classNouns.ts) takes in an event:
//   location  behind a preposition, when nothing else says where: "looters roamed through the
//             battered city", "aboard the ship"; a place owning what follows: "the city's levees failed"
//   agent     the subject of the event's own clause, when it names no actor: "The shuttle landed"
//             (patient in the passive: "The basilica was closed")
//   patient   the object right after the event word: "enter the basilica", "swamping the city"
// Anywhere else (another clause, one joined after the event's by "and", behind "said"), it takes no part.
import type { ActorKind, Role } from '../../model/dataset.ts';
import type { Span } from '../context.ts';
import type { ClassNounUse } from './classNouns.ts';
import type { Subject } from './subjects.ts';

/** Between the event word and its object: a determiner's modifiers, no preposition ("swamping the city"). */
const OBJECT_GAP = /^\s+$/;
/** Right before the subject: the end of what came before, or the word that opens its clause ("and the city …"); not a verb ("unable to leave | the city took shelter"). */
const SUBJECT_BEFORE = /(?:^|[.!?;:,"“\n]|\b(?:and|but|or|then|so|when|as|after|before|while|until|since|because|once))\s*$/i;
/** Between the subject and the event word: its crew, an auxiliary, an adverb ("The shuttle and its crew have now landed"). */
const VERB_GROUP =
  /^(?:\s+and\s+(?:its|their)\s+\p{Ll}+)?\s+(?:(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|be|been|being|also|then|still|now|later|finally|again|not|never|soon)\s+)*$/iu;

/** A clause joined to the event's by "and" or "but", with a verb group of its own: "… and will thus be interred". */
const JOINED_CLAUSE = /\b(?:and|but)\s+(?:\p{Ll}+\s+)?(?:will|would|has|have|had|was|were|is|are|then|later|\p{Ll}+ed)\b/u;

export function classNounRole(
  text: string,
  use: ClassNounUse,
  trigger: Span,
  clause: Span | null,
  subject: Subject | null,
  kindOf: (actorId: string) => ActorKind | undefined,
  roles: readonly Role[],
): Role | null {
  const craft = kindOf(use.actorId) === 'craft';
  // "left no instructions and will be interred below the basilica": a clause joined after the event's tells another event.
  if (clause && use.start >= clause.end && JOINED_CLAUSE.test(text.slice(clause.end, use.start))) return null;
  if (use.placed) return roles.includes('location') ? null : 'location';
  if (use.owner) return craft || roles.includes('location') ? null : 'location';
  if (!clause || use.start < clause.start || use.end > clause.end) return null; // another clause's
  if (use.end <= trigger.start) {
    if (subject === null || subject.actorIds.length > 0) return null;
    const subjectFirst =
      SUBJECT_BEFORE.test(text.slice(Math.max(0, use.start - 24), use.start)) && VERB_GROUP.test(text.slice(use.end, trigger.start));
    return subjectFirst ? (subject.passive ? 'patient' : 'agent') : null;
  }
  return use.start >= trigger.end && OBJECT_GAP.test(text.slice(trigger.end, use.start)) ? 'patient' : null;
}
