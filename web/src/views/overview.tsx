import { useState } from 'preact/hooks';
import {
  type EntityKind,
  LatestArticlesDocument,
  StatsDocument,
  TopEntitiesDocument,
} from '../generated/operations';
import { useOperation } from '../hooks';
import { EntityLink, formatDate, Show } from '../ui';

// Date inputs give days; the API takes date-times.
const startOf = (day: string) => (day ? `${day}T00:00:00Z` : null);
const endOf = (day: string) =>
  day ? new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString() : null;

export function Overview() {
  const stats = useOperation(StatsDocument, {});
  const latest = useOperation(LatestArticlesDocument, { first: 8 });
  return (
    <div class="panels overview">
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
      <TopEntities />
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
    </div>
  );
}

function TopEntities() {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [kind, setKind] = useState<EntityKind | ''>('');
  const top = useOperation(TopEntitiesDocument, {
    from: startOf(from),
    to: endOf(to),
    kind: kind || null,
    first: 10,
  });
  return (
    <section class="card" aria-labelledby="top-title">
      <h2 id="top-title">Most mentioned</h2>
      <form class="filters" onSubmit={(e) => e.preventDefault()} aria-label="Period and kind">
        <label>
          From <input type="date" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
        </label>
        <label>
          To <input type="date" value={to} onChange={(e) => setTo(e.currentTarget.value)} />
        </label>
        <label>
          Kind{' '}
          <select value={kind} onChange={(e) => setKind(e.currentTarget.value as EntityKind | '')}>
            <option value="">all</option>
            <option value="PERSON">people</option>
            <option value="COUNTRY">countries</option>
            <option value="CITY">cities</option>
            <option value="ORGANIZATION">organisations</option>
          </select>
        </label>
      </form>
      <Show loaded={top} what="the ranking">
        {(data) =>
          data.topEntities.length === 0 ? (
            <p class="message">Nothing is mentioned in this period.</p>
          ) : (
            <table class="top">
              <thead>
                <tr>
                  <th scope="col">Entity</th>
                  <th scope="col">Mentions</th>
                  <th scope="col">Articles</th>
                </tr>
              </thead>
              <tbody>
                {data.topEntities.map((t) => (
                  <tr key={t.entity.id}>
                    <td>
                      <EntityLink entity={t.entity} />
                    </td>
                    <td>{t.count}</td>
                    <td>{t.articleCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Show>
    </section>
  );
}
