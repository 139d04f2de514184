import { SearchDocument } from '../generated/operations';
import { useOperation } from '../hooks';
import { EntityLink, formatDate, isEntity, KIND_LABEL, Show } from '../ui';

export function SearchView({ query }: { query: string }) {
  const trimmed = query.trim();
  const result = useOperation(SearchDocument, trimmed ? { query: trimmed } : null);
  if (!trimmed) {
    return (
      <p class="message error" role="alert">
        The search is empty. Type a name (“Putins”, “Istanbul”) or words to find in the articles.
      </p>
    );
  }
  return (
    <section class="card search-results" aria-labelledby="search-title">
      <h2 id="search-title">Search: “{trimmed}”</h2>
      <Show loaded={result} what="the search">
        {(data) => {
          const hits = data.search.filter((h) => h.node !== null);
          if (!data.entity && hits.length === 0) {
            return (
              <p class="message error" role="alert">
                No entity is called “{trimmed}”, and no article contains it.
              </p>
            );
          }
          return (
            <>
              {data.entity ? (
                <p class="match">
                  “{trimmed}” refers to the {KIND_LABEL[data.entity.__typename]?.toLowerCase()}{' '}
                  <EntityLink entity={data.entity} />.
                </p>
              ) : (
                <p class="message">
                  No entity is called “{trimmed}”; articles and names that contain it:
                </p>
              )}
              {hits.length > 0 ? (
                <ol class="hits">
                  {hits.map(({ node, score }) =>
                    node && 'name' in node && isEntity(node.__typename) ? (
                      <li key={node.id}>
                        <span class="badge">{KIND_LABEL[node.__typename]}</span>{' '}
                        <EntityLink entity={node} />
                      </li>
                    ) : node && 'title' in node ? (
                      <li key={node.id}>
                        <span class="badge">Article</span> <strong>{node.title}</strong>{' '}
                        <time dateTime={node.publishedAt}>{formatDate(node.publishedAt)}</time>
                        <span class="score" title="relevance">
                          {' '}
                          {score.toFixed(2)}
                        </span>
                        <p class="lead">{node.lead}</p>
                      </li>
                    ) : null,
                  )}
                </ol>
              ) : null}
            </>
          );
        }}
      </Show>
    </section>
  );
}
