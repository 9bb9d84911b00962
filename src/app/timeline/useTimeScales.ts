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

/** The scale that fits `fit` into the width: the one a zoom transform applies to. */
export function useBaseScale(fit: [number, number], width: number): ScaleTime<number, number> {
  return useMemo(() => scaleUtc().domain(fit).range([0, width]), [fit, width]);
}

export function useTimeScales(base: ScaleTime<number, number>, transform: ZoomTransform): TimeScales {
  return useMemo(() => {
    const x = transform.rescaleX(base);
    const [a, b] = x.domain();
    return { base, x, domain: [a!.getTime(), b!.getTime()] };
  }, [base, transform]);
}
