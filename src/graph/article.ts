import type {
  ArticleListParts,
  ArticleParts,
  EntityListParts,
  EntityParts,
  MeetingParts,
} from './parts.js';
import type {
  EntityRecord,
  KeyedPage,
  MeetingRecord,
  MentionRecord,
  OutletRecord,
  RecordPage,
} from './records.js';
import type { QueryRunner } from './runner.js';

/** A mention's stable id: where it stands and what it names (mentions are not nodes of their own). */
export function mentionId(
  articleId: string,
  mention: Pick<MentionRecord, 'field' | 'start' | 'end'> & { entity: { id: string } },
): string {
  return `${articleId}#${mention.field}:${mention.start}:${mention.end}:${mention.entity.id}`;
}

// Batch functions for Article nodes: one Cypher statement per batch of keys.

/** An article's text fields: the bulk of its record, so read only when selected (ArticleParts.text). */
export interface ArticleText {
  lead: string;
  body: string;
  captions: string[];
  photoCredits: string[];
  signature: string | null;
}

/** An article's language, source URL and degraded flag: read only when selected (ArticleParts.details). */
export interface ArticleDetails {
  language: string;
  url: string | null;
  degraded: boolean;
}

export interface ArticleRecord {
  id: string;
  title: string;
  /** Absent (or null) when the statement was told not to read it (articleTexts fetches it then). */
  text?: ArticleText | null;
  /** Absent (or null) when the statement was told not to read them (articleDetails fetches them then). */
  details?: ArticleDetails | null;
  /** publishedAt exactly as stored, with its zone id ("2025-04-11T00:10:00+02:00[Europe/Warsaw]"):
   * what keyset cursors compare against, and the API's publishedAt without the bracketed zone.
   * Absent (or null) when the statement was told not to read it (articlePublishedAt fetches it then). */
  publishedAtKey?: string | null;
  /** The entities it mentions, when the statement carried them (look-ahead: ArticleParts.entities). */
  entities?: EntityRecord[] | null;
}

export async function articlesByIds(
  runner: QueryRunner,
  ids: readonly string[],
  parts: ArticleParts,
): Promise<ArticleRecord[]> {
  const rows = await runner.read('article/by-ids', { ids, article: parts });
  return rows.map((row) => row.article as ArticleRecord);
}

/** The text fields of articles whose records were read without them. */
export async function articleTexts(
  runner: QueryRunner,
  ids: readonly string[],
): Promise<Map<string, ArticleText>> {
  return runner.readKeyed<ArticleText>('article/texts', { ids }, 'text');
}

/** The details of articles whose records were read without them. */
export async function articleDetails(
  runner: QueryRunner,
  ids: readonly string[],
): Promise<Map<string, ArticleDetails>> {
  return runner.readKeyed<ArticleDetails>('article/details', { ids }, 'details');
}

/** publishedAt of articles whose records were read without it. */
export async function articlePublishedAt(
  runner: QueryRunner,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const rows = await runner.read('article/published-at', { ids });
  return new Map(rows.map((row) => [String(row.id), String(row.publishedAtKey)]));
}

/** A per-parent page row as the statements return it (`key`, and `page` as the page fragments make it). */
export function toArticlePage(row: Record<string, unknown>): KeyedPage<ArticleRecord> {
  return { key: String(row.key), ...pageOf(row.page as RecordPage<ArticleRecord>) };
}

/** A page as a statement returns it, its total a number or null (not counted). */
export function pageOf<T>(page: RecordPage<T>): { rows: T[]; total: number | null } {
  return {
    rows: page.rows,
    total: page.total === null || page.total === undefined ? null : Number(page.total),
  };
}

export interface ArticlePageRequest {
  limit: number;
  descending: boolean;
  from: string | null;
  to: string | null;
  /** Entity ids the article must all mention. */
  mentions: string[] | null;
  /** Lucene query over title, lead and body (already escaped), or null. */
  text: string | null;
  after: { publishedAt: string; id: string } | null;
  /** Count everything that matches too (a scan of it all); only when totalCount is selected. */
  withTotal: boolean;
  article: ArticleParts;
}

export async function articlePage(
  runner: QueryRunner,
  request: ArticlePageRequest,
): Promise<{ total: number; articles: ArticleRecord[] }> {
  const page: ArticleListParts = {
    limit: request.limit,
    from: request.from,
    to: request.to,
    mentions: request.mentions,
    text: request.text,
    cursorAt: request.after?.publishedAt ?? null,
    cursorId: request.after?.id ?? null,
    total: request.withTotal,
    article: request.article,
  };
  const [row] = await runner.read(request.descending ? 'article/page-desc' : 'article/page', {
    page,
  });
  return { total: Number(row?.total ?? 0), articles: (row?.articles ?? []) as ArticleRecord[] };
}

export async function articleEntities(
  runner: QueryRunner,
  ids: readonly string[],
  relation: EntityListParts,
): Promise<Map<string, EntityRecord[]>> {
  return runner.readKeyed<EntityRecord[]>('article/entities', { ids, relation }, 'entities');
}

export async function articleMentionPages(
  runner: QueryRunner,
  ids: readonly string[],
  offset: number,
  limit: number,
  entity: EntityParts,
): Promise<KeyedPage<MentionRecord>[]> {
  const rows = await runner.read('article/mentions-page', { ids, offset, limit, entity });
  return rows.map((row) => ({
    key: String(row.key),
    rows: (row.mentions as Omit<MentionRecord, 'id'>[]).map((mention) => ({
      ...mention,
      id: mentionId(String(row.key), mention),
    })),
    total: Number(row.total),
  }));
}

export async function articleMeetings(
  runner: QueryRunner,
  ids: readonly string[],
  parts: MeetingParts,
): Promise<Map<string, MeetingRecord[]>> {
  return runner.readKeyed<MeetingRecord[]>('article/meetings', { ids, meeting: parts }, 'meetings');
}

export async function articleOutlets(
  runner: QueryRunner,
  ids: readonly string[],
): Promise<Map<string, OutletRecord>> {
  return runner.readKeyed<OutletRecord>('article/outlets', { ids }, 'outlet');
}
