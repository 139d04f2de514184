import { scaleBand, scaleLinear } from 'd3-scale';
import type { Interval } from './generated/operations';
import { formatDate } from './ui';

interface Bucket {
  start: string;
  count: number;
}

function next(day: Date, interval: Interval): Date {
  const d = new Date(day);
  if (interval === 'DAY') d.setUTCDate(d.getUTCDate() + 1);
  else if (interval === 'WEEK') d.setUTCDate(d.getUTCDate() + 7);
  else d.setUTCMonth(d.getUTCMonth() + 1);
  return d;
}

/** The API leaves empty intervals out; the chart shows them as zero so time reads evenly. */
export function fillGaps(buckets: Bucket[], interval: Interval, max = 400): Bucket[] {
  const first = buckets[0];
  const last = buckets[buckets.length - 1];
  if (!first || !last) return [];
  const counts = new Map(buckets.map((b) => [b.start, b.count]));
  const filled: Bucket[] = [];
  for (
    let d = new Date(`${first.start}T00:00:00Z`);
    d.toISOString().slice(0, 10) <= last.start && filled.length < max;
    d = next(d, interval)
  ) {
    const start = d.toISOString().slice(0, 10);
    filled.push({ start, count: counts.get(start) ?? 0 });
  }
  return filled;
}

const M = { top: 10, right: 10, bottom: 28, left: 34 };

export interface TimelineChartProps {
  buckets: Bucket[];
  interval: Interval;
  /** The SVG's class, for styling and tests. */
  name?: string;
  /** What a bar counts, for its title and the chart's label. */
  noun?: string;
  empty?: string;
  width?: number;
  height?: number;
  /** The widest a bar may be, so a short timeline does not read as one slab. */
  maxBar?: number;
  /** A period (days, inclusive, either open): bars of intervals outside it are dimmed. */
  period?: { from: string; to: string };
}

/** The last day of the interval starting at `start`. */
const lastDay = (start: string, interval: Interval) =>
  new Date(next(new Date(`${start}T00:00:00Z`), interval).getTime() - 86_400_000)
    .toISOString()
    .slice(0, 10);

/** Articles per interval as bars; each bar says its count on hover and to screen readers. */
export function TimelineChart({
  buckets,
  interval,
  name = 'timeline',
  noun = 'article',
  empty = 'No dated articles mention it.',
  width = 640,
  height = 180,
  maxBar = 48,
  period,
}: TimelineChartProps) {
  const outside = (start: string) =>
    period !== undefined &&
    ((period.from !== '' && lastDay(start, interval) < period.from) ||
      (period.to !== '' && start > period.to));
  const data = fillGaps(buckets, interval);
  if (data.length === 0) return <p class="message">{empty}</p>;
  const x = scaleBand<string>()
    .domain(data.map((b) => b.start))
    .range([M.left, Math.min(width - M.right, M.left + data.length * maxBar)])
    .padding(0.15);
  const top = Math.max(...data.map((b) => b.count));
  const y = scaleLinear()
    .domain([0, top])
    .nice()
    .range([height - M.bottom, M.top]);
  const every = Math.ceil(data.length / Math.max(2, Math.floor(width / 80)));
  const total = data.reduce((sum, b) => sum + b.count, 0);
  // Months by year and month; days and weeks by their date, with the year when the span crosses one.
  const years = new Set(data.map((b) => b.start.slice(0, 4))).size;
  const tick = (start: string) =>
    interval === 'MONTH' ? start.slice(0, 7) : years > 1 ? start : start.slice(5);
  return (
    <svg
      class={name}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`${total} ${noun}s over ${data.length} intervals`}
    >
      {y
        .ticks(Math.min(4, top))
        .filter(Number.isInteger)
        .map((t) => (
          <g key={t} class="grid">
            <line x1={M.left} x2={width - M.right} y1={y(t)} y2={y(t)} />
            <text x={M.left - 6} y={y(t)} dy="0.32em" text-anchor="end">
              {t}
            </text>
          </g>
        ))}
      {data.map((b, i) => (
        <g key={b.start}>
          <rect
            class={outside(b.start) ? 'bar outside' : 'bar'}
            data-start={b.start}
            data-count={b.count}
            x={x(b.start)}
            y={y(b.count)}
            width={x.bandwidth()}
            height={y(0) - y(b.count)}
          >
            <title>
              {interval === 'WEEK' ? 'Week of ' : ''}
              {formatDate(b.start)}: {b.count} {noun}
              {b.count === 1 ? '' : 's'}
            </title>
          </rect>
          {i % every === 0 ? (
            <text
              class="tick"
              x={(x(b.start) ?? 0) + x.bandwidth() / 2}
              y={height - M.bottom + 16}
              text-anchor="middle"
            >
              {tick(b.start)}
            </text>
          ) : null}
        </g>
      ))}
    </svg>
  );
}
