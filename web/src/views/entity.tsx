import { useState } from 'preact/hooks';
import { run } from '../api';
import {
  type EntityArticlesQuery,
  EntityArticlesDocument,
  type EntityByIdQuery,
  EntityByIdDocument,
  EntityTimelineDocument,
  type Interval,
} from '../generated/operations';
import { Highlighted } from '../highlight';
import { useOperation } from '../hooks';
import { EntityQuotePanels } from '../entity-quotes';
import { MeetingList } from '../meetings';
import { MemberStates, Memberships } from '../memberships';
import { TimelineChart } from '../timeline';
import { EntityLink, ErrorMessage, formatDate, isEntity, KIND_LABEL, Show } from '../ui';
import type { ApiError } from '../api';

type Node = NonNullable<EntityByIdQuery['node']>;

export function EntityView({ id }: { id: string }) {
  const entity = useOperation(EntityByIdDocument, { id });
  return (
    <Show loaded={entity} what="the entity">
      {({ node }) =>
        node && isEntity(node.__typename) && 'name' in node ? (
          <EntityPanels entity={node} />
        ) : (
          <p class="message error" role="alert">
            Nothing in the graph has the id “{id}”.
          </p>
        )
      }
    </Show>
  );
}

function EntityPanels({ entity }: { entity: Extract<Node, { name: string }> }) {
  const meetings = 'meetings' in entity ? entity.meetings : null;
  return (
    <article class="entity-view" aria-labelledby="entity-name">
      <header class="card entity-head">
        <p class={`kind kind-${entity.__typename}`}>{KIND_LABEL[entity.__typename]}</p>
        <h2 id="entity-name">{entity.name}</h2>
        <p class="facts">
          {'role' in entity && entity.role ? <span>{entity.role}</span> : null}
          {'country' in entity && entity.country ? (
            <span>
              <EntityLink entity={entity.country} />
            </span>
          ) : null}
          <span>
            {entity.mentionCount} mention{entity.mentionCount === 1 ? '' : 's'}
          </span>
          {entity.wikidataId ? <span>Wikidata {entity.wikidataId}</span> : null}
        </p>
        {entity.aliases.length > 0 ? (
          <p class="aliases">Also written: {entity.aliases.join(', ')}</p>
        ) : null}
        <p>
          <a class="button" href={`#/graph/${encodeURIComponent(entity.id)}`}>
            Neighbourhood graph
          </a>
        </p>
      </header>
      <div class="panels">
        <section class="card wide" aria-labelledby="timeline-title">
          <Timeline id={entity.id} />
        </section>
        <section class="card" aria-labelledby="co-title">
          <h3 id="co-title">Most often named with</h3>
          {'coMentioned' in entity ? (
            entity.coMentioned.length === 0 ? (
              <p class="message">No other person shares an article with {entity.name}.</p>
            ) : (
              <ol class="co-mentioned">
                {entity.coMentioned.map((c) => (
                  <li key={c.entity.id}>
                    <EntityLink entity={c.entity} />{' '}
                    <span class="count">
                      {c.count} shared article{c.count === 1 ? '' : 's'}
                    </span>
                  </li>
                ))}
              </ol>
            )
          ) : (
            <p class="message">The API counts co-mentions for people only.</p>
          )}
        </section>
        <section class="card" aria-labelledby="meetings-title">
          <h3 id="meetings-title">Meetings</h3>
          {meetings ? (
            <MeetingList
              meetings={meetings}
              empty={`No meeting of ${entity.name} has been reported.`}
            />
          ) : (
            <p class="message">The API lists meetings for people, countries and cities.</p>
          )}
        </section>
        {entity.__typename === 'Organization' ? (
          <MemberStates id={entity.id} name={entity.name} />
        ) : null}
        {entity.__typename === 'Country' ? <Memberships id={entity.id} name={entity.name} /> : null}
        <EntityQuotePanels id={entity.id} name={entity.name} kind={entity.__typename} />
        <section class="card wide" aria-labelledby="articles-title">
          <Articles id={entity.id} name={entity.name} />
        </section>
      </div>
    </article>
  );
}

function Timeline({ id }: { id: string }) {
  const [interval, setInterval] = useState<Interval>('MONTH');
  const timeline = useOperation(EntityTimelineDocument, { id, interval });
  return (
    <>
      <div class="section-head">
        <h3 id="timeline-title">Mentions over time</h3>
        <label>
          Per{' '}
          <select value={interval} onChange={(e) => setInterval(e.currentTarget.value as Interval)}>
            <option value="DAY">day</option>
            <option value="WEEK">week</option>
            <option value="MONTH">month</option>
          </select>
        </label>
      </div>
      <Show loaded={timeline} what="the timeline">
        {(data) => <TimelineChart buckets={data.timeline} interval={interval} />}
      </Show>
    </>
  );
}

type ArticlePage = Extract<
  NonNullable<EntityArticlesQuery['node']>,
  { articles: unknown }
>['articles'];
type ArticleItem = ArticlePage['edges'][number]['node'];

function Articles({ id, name }: { id: string; name: string }) {
  const first = useOperation(EntityArticlesDocument, { id, first: 10 });
  const [more, setMore] = useState<ArticleItem[]>([]);
  const [cursor, setCursor] = useState<string | null | undefined>(undefined);
  const [moreError, setMoreError] = useState<ApiError | null>(null);
  return (
    <>
      <h3 id="articles-title">Articles naming {name}</h3>
      <Show loaded={first} what="the articles">
        {(data) => {
          const page = data.node && 'articles' in data.node ? data.node.articles : null;
          if (!page) return <p class="message">No articles.</p>;
          const items = [...page.edges.map((e) => e.node), ...more];
          const next =
            cursor === undefined
              ? page.pageInfo.hasNextPage
                ? page.pageInfo.endCursor
                : null
              : cursor;
          const loadMore = async () => {
            if (!next) return;
            try {
              const result = await run(EntityArticlesDocument, { id, first: 10, after: next });
              const nextPage =
                result.node && 'articles' in result.node ? result.node.articles : null;
              if (!nextPage) return;
              setMore([...more, ...nextPage.edges.map((e) => e.node)]);
              setCursor(nextPage.pageInfo.hasNextPage ? nextPage.pageInfo.endCursor : null);
            } catch (error) {
              setMoreError(error as ApiError);
            }
          };
          return (
            <>
              <p class="count">
                {page.totalCount} article{page.totalCount === 1 ? '' : 's'}, oldest first; the
                mentions of {name} are marked.
              </p>
              <ol class="articles">
                {items.map((article) => (
                  <ArticleText key={article.id} article={article} entityId={id} />
                ))}
              </ol>
              {moreError ? <ErrorMessage error={moreError} what="more articles" /> : null}
              {next ? (
                <button type="button" onClick={loadMore}>
                  More articles
                </button>
              ) : null}
            </>
          );
        }}
      </Show>
    </>
  );
}

function ArticleText({ article, entityId }: { article: ArticleItem; entityId: string }) {
  const spans = article.mentions.edges.map((e) => e.node).filter((m) => m.entity.id === entityId);
  return (
    <li class="article">
      <h4>
        <Highlighted text={article.title} field="TITLE" spans={spans} />
      </h4>
      <p class="meta">
        <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
        {article.url ? (
          <>
            {' · '}
            <a href={article.url}>source</a>
          </>
        ) : null}
        {' · '}
        {spans.length} mention{spans.length === 1 ? '' : 's'}
      </p>
      <p class="lead">
        <Highlighted text={article.lead} field="LEAD" spans={spans} />
      </p>
      {article.body ? (
        <details open={spans.some((s) => s.field === 'BODY')}>
          <summary>Full text</summary>
          <p class="body">
            <Highlighted text={article.body} field="BODY" spans={spans} />
          </p>
        </details>
      ) : null}
    </li>
  );
}
