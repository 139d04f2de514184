import type { ComponentChildren } from 'preact';
import type { ApiError } from './api';
import type { Loaded } from './hooks';

export const KIND_LABEL: Record<string, string> = {
  Person: 'Person',
  Country: 'Country',
  City: 'City',
  Organization: 'Organisation',
  Article: 'Article',
  Meeting: 'Meeting',
  Outlet: 'Outlet',
};

const ENTITY_KINDS = new Set(['Person', 'Country', 'City', 'Organization']);
export const isEntity = (typename: string) => ENTITY_KINDS.has(typename);

export function entityHref(id: string): string {
  return `#/entity/${encodeURIComponent(id)}`;
}

export function EntityLink({
  entity,
}: {
  entity: { __typename: string; id: string; name: string };
}) {
  return (
    <a
      href={entityHref(entity.id)}
      class={`entity kind-${entity.__typename}`}
      title={KIND_LABEL[entity.__typename]}
    >
      {entity.name}
    </a>
  );
}

export function ErrorMessage({ error, what }: { error: ApiError; what: string }) {
  const unavailable = error.code === 'DATABASE_UNAVAILABLE';
  return (
    <div class="message error" role="alert">
      <strong>
        {unavailable ? 'The graph database is not reachable.' : `Could not load ${what}.`}
      </strong>{' '}
      {unavailable
        ? `The server said: “${error.message}”. Try again once Neo4j is back (see /ready).`
        : error.message}
      {error.code && !unavailable ? <span class="code"> ({error.code})</span> : null}
    </div>
  );
}

/** Loading, error or the content drawn from the data. */
export function Show<T>({
  loaded,
  what,
  children,
}: {
  loaded: Loaded<T>;
  what: string;
  children: (data: T) => ComponentChildren;
}) {
  if (loaded.state === 'loading')
    return (
      <p class="loading" aria-live="polite">
        Loading {what} …
      </p>
    );
  if (loaded.state === 'error') return <ErrorMessage error={loaded.error} what={what} />;
  return <>{children(loaded.data)}</>;
}

const dateFormat = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat('de-DE', {
  dateStyle: 'medium',
  timeStyle: 'short',
});

export function formatDate(value: string | null | undefined): string {
  if (!value) return 'undated';
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime())
    ? value
    : value.length === 10
      ? dateFormat.format(date)
      : dateTimeFormat.format(date);
}

export const MEETING_KIND: Record<string, string> = {
  TALKS: 'Talks',
  SUMMIT: 'Summit',
  CALL: 'Call',
  VISIT: 'Visit',
};
export const MEETING_STATUS: Record<string, string> = {
  HELD: 'held',
  PLANNED: 'planned',
  CANCELLED: 'cancelled',
};
