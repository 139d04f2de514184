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

const WIDTH = 640;
const HEIGHT = 180;
const M = { top: 10, right: 10, bottom: 28, left: 34 };

/** Articles per interval as bars; each bar says its count on hover and to screen readers. */
export function TimelineChart({ buckets, interval }: { buckets: Bucket[]; interval: Interval }) {
  const data = fillGaps(buckets, interval);
  if (data.length === 0) return <p class="message">No dated articles mention it.</p>;
  const x = scaleBand<string>()
    .domain(data.map((b) => b.start))
    // bars at most 48 wide, so a short timeline does not read as one slab
    .range([M.left, Math.min(WIDTH - M.right, M.left + data.length * 48)])
    .padding(0.15);
  const top = Math.max(...data.map((b) => b.count));
  const y = scaleLinear()
    .domain([0, top])
    .nice()
    .range([HEIGHT - M.bottom, M.top]);
  const every = Math.ceil(data.length / 8);
  const total = data.reduce((sum, b) => sum + b.count, 0);
  return (
    <svg
      class="timeline"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={`${total} article mentions over ${data.length} intervals`}
    >
      {y
        .ticks(Math.min(4, top))
        .filter(Number.isInteger)
        .map((t) => (
          <g key={t} class="grid">
            <line x1={M.left} x2={WIDTH - M.right} y1={y(t)} y2={y(t)} />
            <text x={M.left - 6} y={y(t)} dy="0.32em" text-anchor="end">
              {t}
            </text>
          </g>
        ))}
      {data.map((b, i) => (
        <g key={b.start}>
          <rect
            class="bar"
            x={x(b.start)}
            y={y(b.count)}
            width={x.bandwidth()}
            height={y(0) - y(b.count)}
          >
            <title>
              {formatDate(b.start)}: {b.count} article{b.count === 1 ? '' : 's'}
            </title>
          </rect>
          {i % every === 0 ? (
            <text
              class="tick"
              x={(x(b.start) ?? 0) + x.bandwidth() / 2}
              y={HEIGHT - M.bottom + 16}
              text-anchor="middle"
            >
              {interval === 'MONTH' ? b.start.slice(0, 7) : b.start.slice(5)}
            </text>
          ) : null}
        </g>
      ))}
    </svg>
  );
}
