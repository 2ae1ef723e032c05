// Medians with their range, and ratios paired run by run.

/** `{ median, min, max, n, runs }` of the finite numbers in `values`. */
export function summary(values) {
  const runs = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  if (!runs.length) return undefined;
  const sorted = [...runs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), n: runs.length, runs };
}

/** Ratios a[i] / b[i] of runs made side by side (same round), summarised. */
export function pairedRatio(a, b) {
  const out = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (b[i] > 0 && Number.isFinite(a[i])) out.push(a[i] / b[i]);
  return summary(out);
}
