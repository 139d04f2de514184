import type { QueryRunner } from './runner.js';

// Batch reads of quotes and positions (cypher/quote, cypher/position): one statement per batch.

export interface QuoteRecord {
  id: string;
  text: string;
  direct: boolean;
  speakerId: string | null;
  speakerText: string | null;
  aboutIds: string[];
  articleId: string;
  field: 'title' | 'lead' | 'body';
  start: number;
  end: number;
  sentence: string;
  /** ISO-8601 with zone id, as stored. */
  publishedAt: string;
}

export interface PositionReportRecord {
  articleId: string;
  sentence: string;
  former: boolean;
  publishedAt: string;
}

export interface PositionRecord {
  id: string;
  personId: string;
  title: string;
  organizationId: string | null;
  organizationName: string | null;
  countryId: string | null;
  curated: boolean;
  /** The catalog's role calls the post former ("ehemaliger …"). */
  catalogFormer: boolean;
  reports: PositionReportRecord[];
}

export interface QuoteFilter {
  speaker: string | null;
  about: string | null;
  from: string | null;
  to: string | null;
  text: string | null;
}

export interface QuotePage {
  total: number;
  quotes: QuoteRecord[];
}

/** node(id:) of quotes: the records with these ids, those that exist. */
export async function quotesByIds(
  runner: QueryRunner,
  ids: readonly string[],
): Promise<QuoteRecord[]> {
  return (await runner.read('quote/by-ids', { ids })).map((row) => row.quote as QuoteRecord);
}

/** node(id:) of positions: the records with these ids, those that exist. */
export async function positionsByIds(
  runner: QueryRunner,
  ids: readonly string[],
): Promise<PositionRecord[]> {
  return (await runner.read('position/by-ids', { ids })).map(
    (row) => row.position as PositionRecord,
  );
}

export async function quotesOfArticles(
  runner: QueryRunner,
  ids: readonly string[],
): Promise<Map<string, QuoteRecord[]>> {
  return runner.readKeyed<QuoteRecord[]>('quote/by-articles', { ids }, 'quotes');
}

/** Per speaker, one page of what it said (newest first), filtered alike for all of them. */
export async function quotesOfSpeakers(
  runner: QueryRunner,
  ids: readonly string[],
  filter: Pick<QuoteFilter, 'about' | 'from' | 'to'>,
  offset: number,
  limit: number,
): Promise<Map<string, QuotePage>> {
  const rows = await runner.read('quote/by-speakers-page', { ids, ...filter, offset, limit });
  return new Map(
    rows.map((row) => [
      String(row.id),
      { total: Number(row.total ?? 0), quotes: (row.quotes ?? []) as QuoteRecord[] },
    ]),
  );
}

export async function quotePage(
  runner: QueryRunner,
  filter: QuoteFilter,
  offset: number,
  limit: number,
): Promise<QuotePage> {
  const [row] = await runner.read('quote/page', { ...filter, offset, limit });
  return { total: Number(row?.total ?? 0), quotes: (row?.quotes ?? []) as QuoteRecord[] };
}

export async function positionsOfPeople(
  runner: QueryRunner,
  ids: readonly string[],
): Promise<Map<string, PositionRecord[]>> {
  return runner.readKeyed<PositionRecord[]>('position/by-people', { ids }, 'positions');
}

/** Per organisation, one page of the ids of people holding or having held a post there. */
export async function peopleOfOrganizations(
  runner: QueryRunner,
  ids: readonly string[],
  offset: number,
  limit: number,
): Promise<Map<string, { total: number; people: string[] }>> {
  const rows = await runner.read('position/people-of-organizations', { ids, offset, limit });
  return new Map(
    rows.map((row) => [
      String(row.id),
      { total: Number(row.total ?? 0), people: (row.people ?? []) as string[] },
    ]),
  );
}
