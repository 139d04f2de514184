import { ArticleQuotesDocument, type QuoteItemFragment } from '../generated/operations';
import { Highlighted } from '../highlight';
import { useOperation } from '../hooks';
import { QuoteList } from '../quotes';
import { formatDate, Show } from '../ui';

/** The speaker's name as a mark's label says it. */
const speakerName = (quote: QuoteItemFragment) =>
  quote.speaker?.name ?? quote.speakerText ?? 'speaker not named';

/** One quote's words in the article, marked, with the speaker after them. */
function QuoteMark(quote: QuoteItemFragment, marked: string) {
  return (
    <span key={quote.id} class="quote-mark" data-quote={quote.id}>
      <mark title={`${speakerName(quote)}${quote.direct ? '' : ' (reported)'}`}>{marked}</mark>
      <span class="said-by"> [{speakerName(quote)}]</span>
    </span>
  );
}

/** An article's text with each quote marked (by its stored offsets) and its speaker named. */
export function ArticleView({ id }: { id: string }) {
  const article = useOperation(ArticleQuotesDocument, { id });
  return (
    <Show loaded={article} what="the article">
      {({ node }) => {
        if (!node || !('title' in node))
          return (
            <p class="message error" role="alert">
              No article has the id “{id}”.
            </p>
          );
        const quotes = node.quotes;
        return (
          <div class="panels article-view">
            <article class="card wide article-text" aria-labelledby="article-title">
              <h2 id="article-title">
                <Highlighted text={node.title} field="TITLE" spans={quotes} mark={QuoteMark} />
              </h2>
              <p class="meta">
                <time dateTime={node.publishedAt}>{formatDate(node.publishedAt)}</time>
                {node.outlet ? ` · ${node.outlet.name}` : ''}
                {node.url ? (
                  <>
                    {' · '}
                    <a href={node.url}>source</a>
                  </>
                ) : null}
                {' · '}
                {quotes.length} quote{quotes.length === 1 ? '' : 's'} marked
              </p>
              <p class="lead">
                <Highlighted text={node.lead} field="LEAD" spans={quotes} mark={QuoteMark} />
              </p>
              <p class="body">
                <Highlighted text={node.body} field="BODY" spans={quotes} mark={QuoteMark} />
              </p>
            </article>
            <section class="card wide" aria-labelledby="article-quotes-title">
              <h3 id="article-quotes-title">Quotes in this article</h3>
              <QuoteList quotes={quotes} empty="The article attributes no statement." />
            </section>
          </div>
        );
      }}
    </Show>
  );
}
