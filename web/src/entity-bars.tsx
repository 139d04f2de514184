import { scaleLinear } from 'd3-scale';
import type { EntityCountBarFragment } from './generated/operations';
import { entityHref } from './ui';

export interface KindGroup {
  /** The entities' __typename, for the colour. */
  kind: string;
  title: string;
  rows: EntityCountBarFragment[];
}

const WIDTH = 420;
const ROW = 22;
const LABEL = 150;
const COUNT = 40;

/**
 * The most named entities as horizontal bars, one block per kind, on one scale across the kinds so
 * that a bar's length compares with every other. Each bar is a link to its entity.
 */
export function EntityBars({ groups }: { groups: KindGroup[] }) {
  const top = Math.max(1, ...groups.flatMap((g) => g.rows.map((r) => r.count)));
  const x = scaleLinear()
    .domain([0, top])
    .range([0, WIDTH - LABEL - COUNT]);
  return (
    <div class="entity-bars">
      {groups.map((group) => (
        <figure key={group.kind} class="kind-group" data-kind={group.kind}>
          <figcaption>{group.title}</figcaption>
          {group.rows.length === 0 ? (
            <p class="message">None named in this period.</p>
          ) : (
            <svg
              class="top-entities"
              viewBox={`0 0 ${WIDTH} ${group.rows.length * ROW}`}
              aria-label={`${group.title}, most named first`}
            >
              {group.rows.map((row, i) => (
                <a
                  key={row.entity.id}
                  href={entityHref(row.entity.id)}
                  aria-label={`${row.entity.name}: named ${row.count} times in ${row.articleCount} article${row.articleCount === 1 ? '' : 's'}`}
                >
                  <text
                    class="name"
                    x={LABEL - 6}
                    y={i * ROW + ROW / 2}
                    dy="0.32em"
                    text-anchor="end"
                  >
                    {row.entity.name.length > 22
                      ? `${row.entity.name.slice(0, 21)}…`
                      : row.entity.name}
                  </text>
                  <rect
                    class={`bar kind-${row.entity.__typename}`}
                    data-count={row.count}
                    x={LABEL}
                    y={i * ROW + 3}
                    width={Math.max(1, x(row.count))}
                    height={ROW - 6}
                  >
                    <title>
                      {row.entity.name}: {row.count} mentions in {row.articleCount} articles
                    </title>
                  </rect>
                  <text
                    class="count"
                    x={LABEL + x(row.count) + 5}
                    y={i * ROW + ROW / 2}
                    dy="0.32em"
                  >
                    {row.count}
                  </text>
                </a>
              ))}
            </svg>
          )}
        </figure>
      ))}
    </div>
  );
}
