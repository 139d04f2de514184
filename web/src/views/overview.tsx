import { useState } from 'preact/hooks';
import { EntityBars } from '../entity-bars';
import {
  ArticlesPerWeekDocument,
  LatestArticlesDocument,
  PeriodMeetingsDocument,
  StatsDocument,
  TopEntitiesByKindDocument,
} from '../generated/operations';
import { useOperation } from '../hooks';
import { PlacesMap, placesOf } from '../places-map';
import { TimelineChart } from '../timeline';
import { formatDate, Show } from '../ui';

// Date inputs give days; topEntities takes date-times (the end exclusive), meetings take days.
const startOf = (day: string) => (day ? `${day}T00:00:00Z` : null);
const endOf = (day: string) =>
  day ? new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString() : null;

interface Period {
  from: string;
  to: string;
}

const describe = ({ from, to }: Period) =>
  from && to
    ? `${formatDate(from)} – ${formatDate(to)}`
    : from
      ? `since ${formatDate(from)}`
      : to
        ? `until ${formatDate(to)}`
        : 'all time';

/** The first screen: totals, articles per week, and the most named and the meetings of a period. */
export function Overview() {
  const [period, setPeriod] = useState<Period>({ from: '', to: '' });
  return (
    <div class="panels overview">
      <Totals />
      <ArticlesPerWeek period={period} />
      <form
        class="card wide period"
        onSubmit={(e) => e.preventDefault()}
        aria-label="Period of the most named and the meetings"
      >
        <strong>Period</strong>
        <label>
          From{' '}
          <input
            type="date"
            value={period.from}
            onChange={(e) => setPeriod({ ...period, from: e.currentTarget.value })}
          />
        </label>
        <label>
          To{' '}
          <input
            type="date"
            value={period.to}
            onChange={(e) => setPeriod({ ...period, to: e.currentTarget.value })}
          />
        </label>
        <button
          type="button"
          disabled={!period.from && !period.to}
          onClick={() => setPeriod({ from: '', to: '' })}
        >
          All time
        </button>
        <span class="count">Showing {describe(period)}.</span>
      </form>
      <MostNamed period={period} />
      <PeriodMeetings period={period} />
      <LatestArticles />
    </div>
  );
}

function Totals() {
  const stats = useOperation(StatsDocument, {});
  return (
    <section class="card wide" aria-labelledby="stats-title">
      <h2 id="stats-title">The graph</h2>
      <Show loaded={stats} what="the totals">
        {(data) => (
          <dl class="stats">
            {data.stats.nodes.map((n) => (
              <div key={n.label}>
                <dt>{n.label}</dt>
                <dd>{n.count.toLocaleString('de-DE')}</dd>
              </div>
            ))}
            <div>
              <dt>Relationships</dt>
              <dd>{data.stats.relationships.toLocaleString('de-DE')}</dd>
            </div>
          </dl>
        )}
      </Show>
    </section>
  );
}

function ArticlesPerWeek({ period }: { period: Period }) {
  const weekly = useOperation(ArticlesPerWeekDocument, {});
  return (
    <section class="card wide" aria-labelledby="weekly-title">
      <h2 id="weekly-title">Articles per week</h2>
      <p class="count">
        Over the whole graph
        {period.from || period.to ? '; the weeks outside the period are pale.' : '.'}
      </p>
      <Show loaded={weekly} what="the articles per week">
        {(data) => (
          <TimelineChart
            buckets={data.articleTimeline}
            interval="WEEK"
            name="weekly"
            empty="The graph holds no dated articles yet."
            width={1200}
            height={150}
            maxBar={160}
            period={period}
          />
        )}
      </Show>
    </section>
  );
}

function MostNamed({ period }: { period: Period }) {
  const top = useOperation(TopEntitiesByKindDocument, {
    from: startOf(period.from),
    to: endOf(period.to),
    first: 5,
  });
  return (
    <section class="card most-named" aria-labelledby="top-title">
      <h2 id="top-title">Most named</h2>
      <Show loaded={top} what="the most named">
        {(data) => (
          <EntityBars
            groups={[
              { kind: 'Person', title: 'People', rows: data.people },
              { kind: 'Country', title: 'Countries', rows: data.countries },
              { kind: 'City', title: 'Cities', rows: data.cities },
              { kind: 'Organization', title: 'Organisations', rows: data.organizations },
            ]}
          />
        )}
      </Show>
    </section>
  );
}

function PeriodMeetings({ period }: { period: Period }) {
  const meetings = useOperation(PeriodMeetingsDocument, {
    from: period.from || null,
    to: period.to || null,
    first: 100,
  });
  return (
    <section class="card" aria-labelledby="meetings-title">
      <h2 id="meetings-title">Meetings</h2>
      <Show loaded={meetings} what="the meetings">
        {(data) => {
          const { places, unplaced } = placesOf(data.meetings.edges.map((e) => e.node));
          const shown = data.meetings.edges.length;
          return (
            <>
              <p class="count">
                {data.meetings.totalCount} meeting{data.meetings.totalCount === 1 ? '' : 's'} in{' '}
                {places.length} place{places.length === 1 ? '' : 's'}
                {shown < data.meetings.totalCount ? ` (the first ${shown} drawn)` : ''}
                {unplaced > 0 ? `, ${unplaced} without a known place` : ''}.{' '}
                <a href="#/map">The map</a> lists them.
              </p>
              {places.length === 0 ? (
                <p class="message">No meeting with a known place in this period.</p>
              ) : (
                <PlacesMap
                  places={places}
                  name="meetings-map"
                  label="Map of the period's meeting places"
                  width={420}
                  height={300}
                  fit="places"
                  hrefOf={(p) => `#/map/${encodeURIComponent(p.id)}`}
                />
              )}
            </>
          );
        }}
      </Show>
    </section>
  );
}

function LatestArticles() {
  const latest = useOperation(LatestArticlesDocument, { first: 8 });
  return (
    <section class="card" aria-labelledby="latest-title">
      <h2 id="latest-title">Latest articles</h2>
      <Show loaded={latest} what="the latest articles">
        {(data) =>
          data.articles.edges.length === 0 ? (
            <p class="message">The graph holds no articles yet.</p>
          ) : (
            <ol class="latest">
              {data.articles.edges.map(({ node }) => (
                <li key={node.id}>
                  <p class="meta">
                    <time dateTime={node.publishedAt}>{formatDate(node.publishedAt)}</time>
                    {node.outlet ? ` · ${node.outlet.name}` : ''}
                  </p>
                  <p class="title">{node.title}</p>
                </li>
              ))}
            </ol>
          )
        }
      </Show>
    </section>
  );
}
