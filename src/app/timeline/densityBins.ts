// Counts of events per bin over the overview's time span, for the overview strip's silhouette.
export function densityBins(order: ArrayLike<number>, start: Float64Array, domain: [number, number], bins: number): Uint32Array {
  const out = new Uint32Array(bins);
  const span = domain[1] - domain[0];
  if (span <= 0) return out;
  for (let k = 0; k < order.length; k++) {
    const t = start[order[k]!]!;
    const bin = Math.floor(((t - domain[0]) / span) * bins);
    if (bin >= 0 && bin < bins) out[bin] = out[bin]! + 1;
  }
  return out;
}
