// English ordinals: 1st, 2nd, 3rd, 4th… 11th, 12th, 13th… 21st, 101st, 111th.
export function ordinal(n: number): string {
  const tens = Math.abs(n) % 100;
  const ones = Math.abs(n) % 10;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ones === 1 ? 'st' : ones === 2 ? 'nd' : ones === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}
