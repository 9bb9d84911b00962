// An SVG area path for bin counts, scaled so the busiest bin fills the height. The square root
// keeps sparse periods visible next to busy ones.
export function densityPath(bins: ArrayLike<number>, width: number, height: number): string {
  let max = 0;
  for (let k = 0; k < bins.length; k++) max = Math.max(max, bins[k]!);
  if (max === 0 || bins.length === 0) return '';
  const step = width / bins.length;
  const y = (n: number) => (height - 2 - (Math.sqrt(n) / Math.sqrt(max)) * (height - 6)).toFixed(1);
  let d = `M0,${height}`;
  for (let k = 0; k < bins.length; k++) d += `L${(k * step).toFixed(1)},${y(bins[k]!)}L${((k + 1) * step).toFixed(1)},${y(bins[k]!)}`;
  return `${d}L${width},${height}Z`;
}
