import { type ArticlePageOptions, type ArticleRecord, type PageStart, toArticlePage } from './article.js';
import { nameCandidates } from './name-forms.js';
import type { EntityCatalogFacts, EntityDetails, EntityLabel, EntityRecord, KeyedPage, MeetingParts, MeetingRecord } from './records.js';
import type { QueryRunner } from './runner.js';

// Batch functions for the entities (Person, Country, City, Organization): one statement per batch.

export async function entitiesByIds(
  runner: QueryRunner,
  ids: readonly string[],
  withEntityDetails: boolean,
): Promise<EntityRecord[]> {
  return (await runner.read('entity/by-ids', { ids, withEntityDetails })).map((row) => row.entity as EntityRecord);
}

/** The details of entities whose records were read without them. */
export async function entityDetails(runner: QueryRunner, ids: readonly string[]): Promise<Map<string, EntityDetails>> {
  const rows = await runner.read('entity/details', { ids });
  return new Map(rows.map((row) => [String(row.id), row.details as EntityDetails]));
}

/** Wikidata item, population and coordinates of entities, keyed by id. */
export async function entityCatalogFacts(
  runner: QueryRunner,
  ids: readonly string[],
): Promise<Map<string, EntityCatalogFacts>> {
  const rows = await runner.read('entity/catalog-facts', { ids });
  return new Map(
    rows.map((row) => {
      const facts = row.facts as Record<string, unknown>;
      const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));
      return [
        String(row.id),
        {
          wikidataId: (facts.wikidataId as string | null) ?? null,
          population: num(facts.population),
          latitude: num(facts.latitude),
          longitude: num(facts.longitude),
        },
      ];
    }),
  );
}

export async function mentionCounts(runner: QueryRunner, ids: readonly string[]): Promise<Map<string, number>> {
  const rows = await runner.read('entity/mention-counts', { ids });
  return new Map(rows.map((row) => [String(row.id), Number(row.count)]));
}

/** Per entity, a page of the articles mentioning it published in [from, to), keyed by entity id. */
export async function entityArticlePages(
  runner: QueryRunner,
  ids: readonly string[],
  period: { from: string | null; to: string | null },
  start: PageStart,
  options: ArticlePageOptions,
): Promise<KeyedPage<ArticleRecord>[]> {
  return (await runner.read('entity/articles-page', { ids, ...period, ...start, ...options })).map(toArticlePage);
}

/** Meetings per entity, and the records of everyone at them (each once). */
export async function entityMeetings(
  runner: QueryRunner,
  ids: readonly string[],
  parts: MeetingParts,
  withEntityDetails: boolean,
): Promise<{ byEntity: Map<string, MeetingRecord[]>; participants: EntityRecord[] }> {
  const rows = await runner.read('entity/meetings', { ids, ...parts, withEntityDetails });
  return {
    byEntity: new Map(rows.map((row) => [String(row.id), row.meetings as MeetingRecord[]])),
    participants: rows.flatMap((row) => row.participants as EntityRecord[]),
  };
}

/** The entity a name, alias or inflected form ("Putins", "russischen") refers to, if any. */
export async function entityByName(
  runner: QueryRunner,
  name: string,
  withEntityDetails: boolean,
): Promise<EntityRecord | null> {
  const [row] = await runner.read('entity/by-name', { candidates: nameCandidates(name), withEntityDetails });
  return (row?.entity as EntityRecord | undefined) ?? null;
}

export interface EntityListRequest {
  label: EntityLabel;
  limit: number;
  status: string | null;
  cursorName: string | null;
  cursorId: string | null;
  withEntityDetails: boolean;
}

export async function entityPage(
  runner: QueryRunner,
  request: EntityListRequest,
): Promise<{ total: number; entities: EntityRecord[] }> {
  const [row] = await runner.read('entity/page', { ...request });
  return { total: Number(row?.total ?? 0), entities: (row?.entities ?? []) as EntityRecord[] };
}
