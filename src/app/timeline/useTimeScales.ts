// The time scales of the plot: a base scale that fits every drawn event into the width, and the
// zoomed scale derived from it by the current transform (never mutated, always derived).
import { useMemo } from 'react';
import { scaleUtc } from 'd3';
import type { ScaleTime, ZoomTransform } from 'd3';

export interface TimeScales {
  base: ScaleTime<number, number>;
  x: ScaleTime<number, number>;
  domain: [number, number];
}

export function useTimeScales(fit: [number, number], width: number, transform: ZoomTransform): TimeScales {
  const base = useMemo(() => scaleUtc().domain(fit).range([0, width]), [fit, width]);
  return useMemo(() => {
    const x = transform.rescaleX(base);
    const [a, b] = x.domain();
    return { base, x, domain: [a!.getTime(), b!.getTime()] };
  }, [base, transform]);
}
