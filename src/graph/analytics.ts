import type { ArticleParts, EntityParts } from './parts.js';
import type { EntityRecord } from './records.js';
import type { QueryRunner } from './runner.js';

// Dashboard aggregates: timeline, top entities, counts. Each one statement.

export async function timeline(
  runner: QueryRunner,
  entityId: string,
  unit: 'day' | 'week' | 'month',
  from: string | null,
  to: string | null,
): Promise<{ start: string; count: number }[]> {
  const statement =
    from === null && to === null ? 'analytics/timeline' : 'analytics/timeline-in-period';
  const rows = await runner.read(statement, { entityId, unit, from, to });
  return rows.map((row) => ({ start: String(row.start), count: Number(row.count) }));
}

/** How many articles were published per day, week or month, over all articles. */
export async function articleTimeline(
  runner: QueryRunner,
  unit: 'day' | 'week' | 'month',
  from: string | null,
  to: string | null,
): Promise<{ start: string; count: number }[]> {
  const rows = await runner.read('analytics/article-timeline', { unit, from, to });
  return rows.map((row) => ({ start: String(row.start), count: Number(row.count) }));
}

export async function topEntities(
  runner: QueryRunner,
  label: string | null,
  from: string | null,
  to: string | null,
  limit: number,
  entity: EntityParts,
): Promise<{ entityId: string; mentions: number; articles: number; entity: EntityRecord }[]> {
  // Over all time the articles need not be read at all: a statement of its own.
  const statement =
    from === null && to === null ? 'analytics/top-entities' : 'analytics/top-entities-in-period';
  const rows = await runner.read(statement, { label: label ?? 'Entity', from, to, limit, entity });
  return rows.map((row) => ({
    entityId: String(row.entityId),
    mentions: Number(row.mentions),
    articles: Number(row.articles),
    entity: row.entity as EntityRecord,
  }));
}

export async function graphStats(
  runner: QueryRunner,
): Promise<{ labels: { label: string; count: number }[]; relationships: number }> {
  const [row] = await runner.read('analytics/stats');
  return {
    labels: (row?.labels ?? []) as { label: string; count: number }[],
    relationships: Number(row?.relationships ?? 0),
  };
}

export interface SearchRow {
  id: string;
  label: string;
  score: number;
  /** The node's record, as the by-ids statement of its type returns it. */
  record: Record<string, unknown>;
}

/** Articles and entities matching a Lucene query, ranked together by score, each with its record
 * (with the parts `article` and `entity` name). */
export async function search(
  runner: QueryRunner,
  query: string,
  limit: number,
  article: ArticleParts,
  entity: EntityParts,
): Promise<SearchRow[]> {
  const rows = await runner.read('search/all', { query, limit, article, entity });
  return rows.map((row) => ({
    id: String(row.id),
    label: String(row.label),
    score: Number(row.score),
    record: row.record as Record<string, unknown>,
  }));
}
