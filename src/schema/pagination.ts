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
  const cursors = new LazyCursors(page, cursorKey);
  return {
    totalCount: total,
    edges: page.map((node, index) => new LazyEdge(node, index, cursors)),
    pageInfo: new LazyPageInfo(fetched.length > limit, hasPrevious, cursors),
  };
}

// Classes rather than object literals with getters: a literal's getter is a new closure per
// edge, which gives every edge its own hidden class; pages are built by the thousand.
class LazyCursors<T> {
  constructor(
    readonly page: readonly T[],
    private readonly cursorKey: (row: T, index: number) => unknown[],
  ) {}

  at(index: number): string {
    return encodeCursor(this.cursorKey(this.page[index] as T, index));
  }
}

class LazyEdge<T> {
  constructor(
    readonly node: T,
    private readonly index: number,
    private readonly cursors: LazyCursors<T>,
  ) {}

  get cursor(): string {
    return this.cursors.at(this.index);
  }
}

class LazyPageInfo<T> {
  constructor(
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
    private readonly cursors: LazyCursors<T>,
  ) {}

  get startCursor(): string | null {
    return this.cursors.page.length > 0 ? this.cursors.at(0) : null;
  }

  get endCursor(): string | null {
    const last = this.cursors.page.length - 1;
    return last >= 0 ? this.cursors.at(last) : null;
  }
}

/** A connection's totalCount for its resolver. Per-parent pages count only when the document
 * names totalCount (src/schema/reads.ts), so a null here would be a bug, not an empty list. */
export function totalCountOf(connection: Pick<Connection<unknown>, 'totalCount'>): number {
  if (connection.totalCount === null)
    throw new Error('totalCount was not counted for this request');
  return connection.totalCount;
}
