// Numbers the bench reports: percentiles of latency samples, and how a figure moved since the last
// committed run of the same label.

/** The p-th percentile (nearest rank) of the samples; NaN when there are none. */
export function percentile(samples: readonly number[], p: number): number {
  const ordered = [...samples].sort((a, b) => a - b);
  return (
    ordered[Math.min(ordered.length - 1, Math.floor((p / 100) * ordered.length))] ?? Number.NaN
  );
}

export const median = (samples: readonly number[]) => percentile(samples, 50);

/** Changes smaller than this share of the previous figure are not flagged. */
export const NOTABLE_CHANGE = 0.1;

export type Direction = 'better' | 'worse';

/** Relative change from `before` to `now`, or null when either is not a finite positive figure. */
export function relativeChange(before: number, now: number): number | null {
  if (!Number.isFinite(before) || !Number.isFinite(now) || before <= 0) return null;
  return (now - before) / before;
}

/**
 * Whether a move beyond ±NOTABLE_CHANGE is an improvement: lower is better for latencies and
 * statement counts, higher for throughput. Null when the move is within the band.
 */
export function judge(change: number | null, higherIsBetter: boolean): Direction | null {
  if (change === null || Math.abs(change) <= NOTABLE_CHANGE) return null;
  return change > 0 === higherIsBetter ? 'better' : 'worse';
}
