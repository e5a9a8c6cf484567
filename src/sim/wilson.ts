/**
 * The Wilson score interval for a win rate: honest near 0 and 1 and for small runs, where
 * the plain normal interval would step outside [0, 1].
 */
export const Z95 = 1.959963984540054;

export function wilson(successes: number, trials: number, z = Z95): { low: number; high: number } {
  if (trials === 0) return { low: 0, high: 1 };
  const p = successes / trials;
  const z2 = z * z;
  const denom = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denom;
  // At 0 or all successes the bound is exactly 0 or 1; the formula leaves rounding dust there.
  return { low: successes === 0 ? 0 : Math.max(0, centre - half), high: successes === trials ? 1 : Math.min(1, centre + half) };
}
