import type { QuoteItemFragment } from './generated/operations';
import { EntityLink, formatDate } from './ui';

export function articleHref(id: string): string {
  return `#/article/${encodeURIComponent(id)}`;
}

/** Who speaks: the linked entity, else the article's own words for them ("ein Sprecher"). */
export function Speaker({ quote }: { quote: QuoteItemFragment }) {
  if (quote.speaker) return <EntityLink entity={quote.speaker} />;
  return <span class="speaker-text">{quote.speakerText ?? 'speaker not named'}</span>;
}

/** Quotes with speaker, date, the article they stand in and the entities they are about. */
export function QuoteList({ quotes, empty }: { quotes: QuoteItemFragment[]; empty: string }) {
  if (quotes.length === 0) return <p class="message">{empty}</p>;
  return (
    <ol class="quotes">
      {quotes.map((quote) => (
        <li key={quote.id} class="quote" data-direct={String(quote.direct)}>
          <blockquote class="quote-text">
            {quote.direct ? `„${quote.text}“` : quote.text}
          </blockquote>
          <p class="quote-meta">
            <span class="speaker">
              <Speaker quote={quote} />
            </span>
            <span class={`badge ${quote.direct ? 'direct' : 'reported'}`}>
              {quote.direct ? 'direct' : 'reported'}
            </span>
            <time dateTime={quote.publishedAt}>{formatDate(quote.publishedAt)}</time>
            <a class="article-link" href={articleHref(quote.article.id)}>
              {quote.article.title}
            </a>
          </p>
          {quote.about.length > 0 ? (
            <p class="about">
              <span class="label">About:</span>{' '}
              {quote.about.map((entity, i) => (
                <>
                  {i > 0 ? ', ' : ''}
                  <EntityLink key={entity.id} entity={entity} />
                </>
              ))}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
