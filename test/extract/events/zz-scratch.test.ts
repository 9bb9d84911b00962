import { it } from 'vitest';
import { rolesOf } from '../helpers.ts';
const cases: [string, string][] = [
  ['Ana Ruiz, who led the talks for two years, resigned on Monday.', 'resigned'],
  ['Carlos Mendez, the Hamas activist who organized the march to the parliament, sought to calm the crowd on Monday.', 'sought'],
  ['Carlos Mendez, the Hamas activist who organized the march to the parliament, sought to calm the crowd on Monday.', 'calm'],
  ['Ana Ruiz agreed on Monday to meet Carlos Mendez in Lyon.', 'meet'],
  ['Ana Ruiz agreed on Monday to meet Carlos Mendez in Lyon.', 'agreed'],
  ['A bomb exploded in Baghdad on Monday, killing 12 soldiers.', 'killing'],
  ['Rebels attacked a convoy near Kirkuk on Monday, killing Carlos Mendez.', 'killing'],
  ['Rebels attacked a convoy near Kirkuk on Monday, killing Carlos Mendez.', 'attacked'],
  ['Ana Ruiz, the head of the Lyon office, said on Monday that the plan failed.', 'said'],
  ['Police in Lyon arrested Carlos Mendez on Monday after he attacked a guard.', 'attacked'],
  ['Ana Ruiz flew to Lyon on Monday and met Carlos Mendez.', 'met'],
  ['Ana Ruiz said on Monday that she will visit Lyon in May.', 'visit'],
  ['Hamas won the election on Monday, defeating Fatah.', 'defeating'],
  ['Ana Ruiz wept as the ceremony began in Lyon on Monday.', 'wept'],
  ['Ana Ruiz wept as the ceremony began in Lyon on Monday.', 'began'],
  ['The army plans to withdraw its troops from Lyon in May, Ana Ruiz said on Monday.', 'withdraw'],
  ['Ana Ruiz asked Carlos Mendez to lead the talks in May.', 'lead'],
  ['Ana Ruiz decided on Monday to leave Lyon.', 'leave'],
];
it('prints', () => {
  for (const [b, w] of cases) {
    let r: unknown;
    try { r = rolesOf(b, w); } catch (e) { r = String(e).slice(0, 80); }
    console.log(`${w.padEnd(10)} ${JSON.stringify(r)}  | ${b}`);
  }
});
