import type { QueryRunner } from './runner.js';

// Batch functions for Article nodes: one Cypher statement per batch of keys.

export interface ArticleRecord {
  id: string;
  title: string;
  publishedAt: string;
  lead: string;
  body: string;
  captions: string[];
  photoCredits: string[];
  signature: string | null;
  language: string;
  url: string | null;
  degraded: boolean;
  /** publishedAt exactly as stored (with its zone id): what keyset cursors compare against. */
  publishedAtKey: string;
}

export async function articlesByIds(runner: QueryRunner, ids: readonly string[]): Promise<ArticleRecord[]> {
  const rows = await runner.read('article/by-ids', { ids });
  return rows.map((row) => row.article as ArticleRecord);
}

export interface ArticlePageRequest {
  limit: number;
  from?: string | null;
  to?: string | null;
  after?: { publishedAt: string; id: string } | null;
}

export async function articlePage(
  runner: QueryRunner,
  request: ArticlePageRequest,
): Promise<{ total: number; articles: ArticleRecord[] }> {
  const [row] = await runner.read('article/page', {
    limit: request.limit,
    from: request.from ?? null,
    to: request.to ?? null,
    cursorAt: request.after?.publishedAt ?? null,
    cursorId: request.after?.id ?? null,
  });
  return { total: Number(row?.total ?? 0), articles: (row?.articles ?? []) as ArticleRecord[] };
}
