/**
 * Rounds half away from zero to `decimals` places. Going through 12 significant digits first removes
 * binary noise (0.145 × 100 is 14.499999999999998), so sums of config weights round as written.
 */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(12));
  const rounded = (Math.sign(value) * Math.round(scaled)) / factor;
  // Avoids -0, which is not `toBe(0)`.
  return rounded === 0 ? 0 : rounded;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
