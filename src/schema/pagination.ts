import { encodeCursor } from './cursor.js';

// The connection shape shared by every paged list in the API.

export interface Connection<T> {
  /** Null only where it was not counted because the document did not ask (never resolved then). */
  totalCount: number | null;
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

/**
 * A connection from `limit + 1` fetched rows: the extra row only tells that a next page exists.
 * Cursors are made only when a field reads them: most documents name none, and an article's is
 * made of a publishedAt that is read only when a cursor or publishedAt is named (src/schema/reads.ts).
 */
export function toConnection<T>(
  fetched: readonly T[],
  limit: number,
  total: number | null,
  hasPrevious: boolean,
  cursorKey: (row: T, index: number) => unknown[],
): Connection<T> {
  const page = fetched.slice(0, limit);
  const cursorOf = (index: number) => encodeCursor(cursorKey(page[index] as T, index));
  return {
    totalCount: total,
    edges: page.map((node, index) => ({
      node,
      get cursor() {
        return cursorOf(index);
      },
    })),
    pageInfo: {
      hasNextPage: fetched.length > limit,
      hasPreviousPage: hasPrevious,
      get startCursor() {
        return page.length > 0 ? cursorOf(0) : null;
      },
      get endCursor() {
        return page.length > 0 ? cursorOf(page.length - 1) : null;
      },
    },
  };
}

/** A connection's totalCount for its resolver. Per-parent pages count only when the document
 * names totalCount (src/schema/reads.ts), so a null here would be a bug, not an empty list. */
export function totalCountOf(connection: Pick<Connection<unknown>, 'totalCount'>): number {
  if (connection.totalCount === null)
    throw new Error('totalCount was not counted for this request');
  return connection.totalCount;
}
