import { METRICS, type Metric, type Scores, type Tally } from './score.js';

// The eval's tables: one column per file and one for the total, a row per metric.

export type Floors = Partial<Record<Metric, number>>;

export function ratio(tally: Tally): number | null {
  return tally.total === 0 ? null : tally.hit / tally.total;
}

function cell(tally: Tally): string {
  const r = ratio(tally);
  return r === null ? '–' : `${tally.hit}/${tally.total} ${(r * 100).toFixed(0)}%`;
}

export function formatTable(columns: { name: string; scores: Scores }[], floors: Floors): string {
  const header = ['metric', ...columns.map((c) => c.name), 'floor'];
  const rows = METRICS.map((metric) => [
    metric,
    ...columns.map((c) => cell(c.scores[metric])),
    floors[metric] === undefined ? '' : `${((floors[metric] as number) * 100).toFixed(0)}%`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The metrics of `total` below their floor, with both figures. */
export function belowFloors(total: Scores, floors: Floors): string[] {
  return Object.entries(floors).flatMap(([metric, floor]) => {
    const r = ratio(total[metric as Metric]);
    return r !== null && floor !== undefined && r < floor
      ? [`${metric}: ${(r * 100).toFixed(1)}% < ${(floor * 100).toFixed(0)}%`]
      : [];
  });
}
