import { encodeCursor } from './cursor.js';

// The connection shape shared by every paged list in the API.

export interface Connection<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** A connection from `limit + 1` fetched rows: the extra row only tells that a next page exists. */
export function toConnection<T>(
  fetched: readonly T[],
  limit: number,
  total: number,
  hasPrevious: boolean,
  cursorKey: (row: T, index: number) => unknown[],
): Connection<T> {
  const page = fetched.slice(0, limit);
  const edges = page.map((node, index) => ({ cursor: encodeCursor(cursorKey(node, index)), node }));
  return {
    totalCount: total,
    edges,
    pageInfo: {
      hasNextPage: fetched.length > limit,
      hasPreviousPage: hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
