// Counts of events per bin over the overview's time span, for the overview strip's silhouette.
// `order`: the events counted, or null for every event with a start (NaN for the undated): the
// counts do not depend on the order, and a million starts read one after another are read many
// times faster than in time order, which jumps about in memory.
export function densityBins(order: ArrayLike<number> | null, start: Float64Array, domain: [number, number], bins: number): Uint32Array {
  const out = new Uint32Array(bins);
  const span = domain[1] - domain[0];
  if (span <= 0) return out;
  const count = (t: number) => {
    const bin = Math.floor(((t - domain[0]) / span) * bins);
    if (bin >= 0 && bin < bins) out[bin] = out[bin]! + 1;
  };
  if (order === null) for (let i = 0; i < start.length; i++) count(start[i]!);
  else for (let k = 0; k < order.length; k++) count(start[order[k]!]!);
  return out;
}
