import { useEffect, useState } from 'preact/hooks';
import type { ApiError } from '../api';
import { run } from '../api';
import {
  type QuoteItemFragment,
  QuoteFilterEntitiesDocument,
  QuotesDocument,
  type QuoteWhere,
} from '../generated/operations';
import { useOperation } from '../hooks';
import { QuoteList } from '../quotes';
import { EntityLink, ErrorMessage, Show } from '../ui';

/** The quotes view's filter, as names and words: what the analyst typed, kept in the route. */
export interface QuoteFilter {
  speaker: string;
  about: string;
  words: string;
}

export function quotesHref(filter: Partial<QuoteFilter>): string {
  const params = new URLSearchParams();
  for (const key of ['speaker', 'about', 'words'] as const) {
    const value = filter[key]?.trim();
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `#/quotes/${query}` : '#/quotes';
}

export function parseQuoteFilter(query: string): QuoteFilter {
  const params = new URLSearchParams(query);
  return {
    speaker: params.get('speaker') ?? '',
    about: params.get('about') ?? '',
    words: params.get('words') ?? '',
  };
}

export function QuotesView({ filter }: { filter: QuoteFilter }) {
  const [draft, setDraft] = useState(filter);
  useEffect(() => setDraft(filter), [filter.speaker, filter.about, filter.words]);
  return (
    <div class="panels quotes-view">
      <form
        class="card wide quote-filter"
        aria-label="Filter the quotes"
        onSubmit={(e) => {
          e.preventDefault();
          location.hash = quotesHref(draft);
        }}
      >
        <h2>Quotes</h2>
        <label>
          Speaker{' '}
          <input
            type="text"
            name="speaker"
            value={draft.speaker}
            placeholder="Tammy Bruce"
            onInput={(e) => setDraft({ ...draft, speaker: e.currentTarget.value })}
          />
        </label>
        <label>
          About{' '}
          <input
            type="text"
            name="about"
            value={draft.about}
            placeholder="Russland"
            onInput={(e) => setDraft({ ...draft, about: e.currentTarget.value })}
          />
        </label>
        <label>
          Words{' '}
          <input
            type="search"
            name="words"
            value={draft.words}
            placeholder="Frieden"
            onInput={(e) => setDraft({ ...draft, words: e.currentTarget.value })}
          />
        </label>
        <button type="submit">Filter</button>
        <a class="button secondary" href="#/quotes">
          Clear
        </a>
      </form>
      <section class="card wide" aria-labelledby="quotes-title">
        <FilteredQuotes filter={filter} />
      </section>
    </div>
  );
}

/** Resolves the names of the filter to entities, then lists the quotes they select. */
function FilteredQuotes({ filter }: { filter: QuoteFilter }) {
  const speaker = filter.speaker.trim();
  const about = filter.about.trim();
  const named = useOperation(QuoteFilterEntitiesDocument, {
    speaker,
    about,
    withSpeaker: speaker !== '',
    withAbout: about !== '',
  });
  return (
    <Show loaded={named} what="the filter's names">
      {(data) => {
        const unknown = [
          speaker && !data.speaker ? speaker : null,
          about && !data.about ? about : null,
        ].filter((name): name is string => name !== null);
        if (unknown.length > 0)
          return (
            <p class="message error" role="alert">
              No entity is called {unknown.map((name) => `“${name}”`).join(' or ')}.
            </p>
          );
        const where: QuoteWhere = {
          ...(data.speaker ? { speaker: data.speaker.id } : {}),
          ...(data.about ? { about: data.about.id } : {}),
          ...(filter.words.trim() ? { text: filter.words.trim() } : {}),
        };
        return (
          <>
            <h3 id="quotes-title">
              {data.speaker || data.about || where.text ? 'Quotes' : 'Recent quotes'}
              {data.speaker ? (
                <>
                  {' by '}
                  <EntityLink entity={data.speaker} />
                </>
              ) : null}
              {data.about ? (
                <>
                  {' about '}
                  <EntityLink entity={data.about} />
                </>
              ) : null}
              {where.text ? ` containing “${where.text}”` : null}
            </h3>
            <QuotePages key={JSON.stringify(where)} where={where} />
          </>
        );
      }}
    </Show>
  );
}

function QuotePages({ where }: { where: QuoteWhere }) {
  const first = useOperation(QuotesDocument, { where, first: 20 });
  const [more, setMore] = useState<QuoteItemFragment[]>([]);
  const [cursor, setCursor] = useState<string | null | undefined>(undefined);
  const [moreError, setMoreError] = useState<ApiError | null>(null);
  return (
    <Show loaded={first} what="the quotes">
      {(data) => {
        const page = data.quotes;
        const next =
          cursor === undefined
            ? page.pageInfo.hasNextPage
              ? page.pageInfo.endCursor
              : null
            : cursor;
        const loadMore = async () => {
          if (!next) return;
          try {
            const result = await run(QuotesDocument, { where, first: 20, after: next });
            setMore([...more, ...result.quotes.edges.map((e) => e.node)]);
            setCursor(result.quotes.pageInfo.hasNextPage ? result.quotes.pageInfo.endCursor : null);
          } catch (error) {
            setMoreError(error as ApiError);
          }
        };
        return (
          <>
            <p class="count">
              {page.totalCount} quote{page.totalCount === 1 ? '' : 's'}, newest first.
            </p>
            <QuoteList
              quotes={[...page.edges.map((e) => e.node), ...more]}
              empty="No quote matches the filter."
            />
            {moreError ? <ErrorMessage error={moreError} what="more quotes" /> : null}
            {next ? (
              <button type="button" onClick={loadMore}>
                More quotes
              </button>
            ) : null}
          </>
        );
      }}
    </Show>
  );
}
