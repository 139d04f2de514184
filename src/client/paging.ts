// Walks a connection page by page: `fetchPage(after)` asks for one page (first ≤ 100, the server's
// cap) after a cursor; every node is yielded once, in the connection's order.

export interface Page<Node> {
  totalCount?: number;
  edges: readonly { node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** The largest page the server serves (MAX_PAGE_SIZE's default). */
export const PAGE_SIZE = 100;

export async function* allNodes<Node>(
  fetchPage: (after: string | null) => Promise<Page<Node>>,
  onPage?: (seen: number, total: number | undefined) => void,
): AsyncGenerator<Node> {
  let after: string | null = null;
  let seen = 0;
  for (;;) {
    const page: Page<Node> = await fetchPage(after);
    for (const edge of page.edges) yield edge.node;
    seen += page.edges.length;
    onPage?.(seen, page.totalCount);
    if (!page.pageInfo.hasNextPage || page.pageInfo.endCursor === null) return;
    after = page.pageInfo.endCursor;
  }
}
