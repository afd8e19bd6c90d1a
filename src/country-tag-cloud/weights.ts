import { numberIn } from '../core/attributes.js';

/** The `steps` attribute as a number of sizes: 1 to 10, 5 for anything unreadable. */
export const STEPS = numberIn(1, 10, 5, true);

/**
 * Tag sizes, 1 (smallest) to `steps`, on a log scale of weight. Outliers above the upper Tukey fence
 * of the log weights take the top size without stretching the scale, so one giant country does not
 * flatten the rest. Missing weights, or all weights equal, get the middle size.
 */
export function sizeBuckets(weights: readonly (number | undefined)[], steps: number): number[] {
  const top = STEPS.fromAttribute(steps);
  const middle = Math.ceil(top / 2);
  const logs = weights.map((weight) => (weight === undefined ? undefined : Math.log1p(weight)));
  const known = logs.filter((value): value is number => value !== undefined).sort((a, b) => a - b);
  if (known.length === 0) return weights.map(() => middle);
  const low = known[0];
  const high = Math.min(known[known.length - 1], upperFence(known));
  if (high <= low) return logs.map((value) => (value === undefined || value <= low ? middle : top));
  return logs.map((value) => {
    if (value === undefined) return middle;
    const share = Math.min(1, (value - low) / (high - low));
    return 1 + Math.round(share * (top - 1));
  });
}

/** Q3 + 1.5 × IQR of sorted values. */
function upperFence(sorted: number[]): number {
  const quantile = (q: number) => {
    const at = (sorted.length - 1) * q;
    const below = Math.floor(at);
    return sorted[below] + (sorted[Math.min(below + 1, sorted.length - 1)] - sorted[below]) * (at - below);
  };
  const q1 = quantile(0.25);
  const q3 = quantile(0.75);
  return q3 + 1.5 * (q3 - q1);
}

/** A size as one of ten CSS levels (0–9), whatever the number of steps. */
export const levelOf = (size: number, steps: number): number =>
  steps <= 1 ? 4 : Math.round(((size - 1) / (steps - 1)) * 9);
