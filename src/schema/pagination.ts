import { GraphQLError } from 'graphql';
import { encodeCursor } from './cursor.js';

// Page sizes and connection shapes shared by every list in the API.

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw new GraphQLError(`first must be between 0 and ${MAX_PAGE_SIZE}, got ${size}`, {
      extensions: { code: 'BAD_USER_INPUT', argument: 'first', limit: MAX_PAGE_SIZE },
    });
  }
  return size;
}

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
