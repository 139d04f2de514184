import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import './style.css';
import { useHash } from './hooks';
import { ArticleView } from './views/article';
import { EntityView } from './views/entity';
import { GraphView } from './views/graph';
import { MapView, RegionsMapView } from './views/map';
import { Overview } from './views/overview';
import { parseQuoteFilter, type QuoteFilter, QuotesView } from './views/quotes';
import { SearchView } from './views/search';

// Routes live in the hash, so every view can be linked, reloaded and reached with Back.
type Route =
  | { view: 'overview' }
  | { view: 'search'; query: string }
  | { view: 'entity'; id: string }
  | { view: 'graph'; id: string }
  | { view: 'map'; place: string | null }
  | { view: 'quotes'; filter: QuoteFilter }
  | { view: 'article'; id: string };

function parse(hash: string): Route {
  const [, view = '', ...rest] = hash.replace(/^#/, '').split('/');
  // The quotes' filter is a query string of its own, decoded by URLSearchParams.
  if (view === 'quotes') return { view: 'quotes', filter: parseQuoteFilter(rest.join('/')) };
  const arg = decodeURIComponent(rest.join('/'));
  if (view === 'search') return { view: 'search', query: arg };
  if (view === 'entity' && arg) return { view: 'entity', id: arg };
  if (view === 'graph' && arg) return { view: 'graph', id: arg };
  if (view === 'article' && arg) return { view: 'article', id: arg };
  if (view === 'map') return { view: 'map', place: arg || null };
  return { view: 'overview' };
}

function App() {
  const route = parse(useHash());
  const [lastEntity, setLastEntity] = useState<string | null>(null);
  const main = useRef<HTMLElement>(null);
  const current = route.view === 'entity' || route.view === 'graph' ? route.id : lastEntity;
  useEffect(() => {
    if (route.view === 'entity' || route.view === 'graph') setLastEntity(route.id);
  }, [route.view, 'id' in route ? route.id : null]);
  return (
    <>
      <button type="button" class="skip" onClick={() => main.current?.focus()}>
        Skip to content
      </button>
      <header class="top">
        <h1>
          <a href="#/">news-graph</a>
        </h1>
        <SearchBox initial={route.view === 'search' ? route.query : ''} />
        <nav aria-label="Views">
          <a href="#/" aria-current={route.view === 'overview' ? 'page' : undefined}>
            Overview
          </a>
          {current ? (
            <>
              <a
                href={`#/entity/${encodeURIComponent(current)}`}
                aria-current={route.view === 'entity' ? 'page' : undefined}
              >
                Entity
              </a>
              <a
                href={`#/graph/${encodeURIComponent(current)}`}
                aria-current={route.view === 'graph' ? 'page' : undefined}
              >
                Graph
              </a>
            </>
          ) : null}
          <a href="#/map" aria-current={route.view === 'map' ? 'page' : undefined}>
            Map
          </a>
          <a href="#/quotes" aria-current={route.view === 'quotes' ? 'page' : undefined}>
            Quotes
          </a>
          <a href="/graphql">GraphQL playground</a>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1} data-view={route.view}>
        {route.view === 'overview' ? <Overview /> : null}
        {route.view === 'search' ? <SearchView key={route.query} query={route.query} /> : null}
        {route.view === 'entity' ? <EntityView key={route.id} id={route.id} /> : null}
        {route.view === 'graph' ? <GraphView key={route.id} id={route.id} /> : null}
        {route.view === 'map' ? <MapView selected={route.place} /> : null}
        {route.view === 'map' ? <RegionsMapView /> : null}
        {route.view === 'quotes' ? <QuotesView filter={route.filter} /> : null}
        {route.view === 'article' ? <ArticleView key={route.id} id={route.id} /> : null}
      </main>
    </>
  );
}

function SearchBox({ initial }: { initial: string }) {
  const [text, setText] = useState(initial);
  useEffect(() => setText(initial), [initial]);
  return (
    <search class="search-region">
      <form
        class="search"
        onSubmit={(e) => {
          e.preventDefault();
          // The same query again still reruns (an empty one shows its message).
          const target = `#/search/${encodeURIComponent(text.trim())}`;
          if (location.hash === target) window.dispatchEvent(new HashChangeEvent('hashchange'));
          else location.hash = target;
        }}
      >
        <label for="search-input">Find an entity or articles</label>
        <input
          id="search-input"
          type="search"
          value={text}
          placeholder="Putins, Istanbul, Gespräche …"
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit">Search</button>
      </form>
    </search>
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);
