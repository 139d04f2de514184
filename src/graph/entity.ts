import { type ArticleRecord, toArticlePage } from './article.js';
import { nameCandidates } from './name-forms.js';
import type { ArticlePageParts, EntityParts, MeetingParts } from './parts.js';
import type {
  EntityCatalogFacts,
  EntityDetails,
  EntityLabel,
  EntityRecord,
  KeyedPage,
  MeetingRecord,
} from './records.js';
import type { QueryRunner } from './runner.js';

// Batch functions for the entities (Person, Country, City, Organization): one statement per batch.

export async function entitiesByIds(
  runner: QueryRunner,
  ids: readonly string[],
  parts: EntityParts,
): Promise<EntityRecord[]> {
  return (await runner.read('entity/by-ids', { ids, entity: parts })).map(
    (row) => row.entity as EntityRecord,
  );
}

/** The details of entities whose records were read without them. */
export async function entityDetails(
  runner: QueryRunner,
  ids: readonly string[],
): Promise<Map<string, EntityDetails>> {
  return runner.readKeyed<EntityDetails>('entity/details', { ids }, 'details');
}

/** Wikidata item, population, coordinates and region kind of entities, keyed by id. */
export async function entityCatalogFacts(
  runner: QueryRunner,
  ids: readonly string[],
): Promise<Map<string, EntityCatalogFacts>> {
  const rows = await runner.read('entity/catalog-facts', { ids });
  return new Map(
    rows.map((row) => {
      const facts = row.facts as Record<string, unknown>;
      const num = (value: unknown) =>
        value === null || value === undefined ? null : Number(value);
      return [
        String(row.id),
        {
          wikidataId: (facts.wikidataId as string | null) ?? null,
          population: num(facts.population),
          latitude: num(facts.latitude),
          longitude: num(facts.longitude),
          regionKind: (facts.regionKind as string | null) ?? null,
        },
      ];
    }),
  );
}

export async function mentionCounts(
  runner: QueryRunner,
  ids: readonly string[],
): Promise<Map<string, number>> {
  const rows = await runner.read('entity/mention-counts', { ids });
  return new Map(rows.map((row) => [String(row.id), Number(row.count)]));
}

/** Per entity, a page of the articles mentioning it, keyed by entity id. */
export async function entityArticlePages(
  runner: QueryRunner,
  ids: readonly string[],
  page: ArticlePageParts,
): Promise<KeyedPage<ArticleRecord>[]> {
  return (await runner.read('entity/articles-page', { ids, page })).map(toArticlePage);
}

/** Meetings per entity, by date. */
export async function entityMeetings(
  runner: QueryRunner,
  ids: readonly string[],
  parts: MeetingParts,
): Promise<Map<string, MeetingRecord[]>> {
  return runner.readKeyed<MeetingRecord[]>('entity/meetings', { ids, meeting: parts }, 'meetings');
}

/** The entity a name, alias or inflected form ("Putins", "russischen") refers to, if any. */
export async function entityByName(
  runner: QueryRunner,
  name: string,
  parts: EntityParts,
): Promise<EntityRecord | null> {
  const [row] = await runner.read('entity/by-name', {
    candidates: nameCandidates(name),
    entity: parts,
  });
  return (row?.entity as EntityRecord | undefined) ?? null;
}

export interface EntityListRequest {
  label: EntityLabel;
  limit: number;
  status: string | null;
  cursorName: string | null;
  cursorId: string | null;
  entity: EntityParts;
}

export async function entityPage(
  runner: QueryRunner,
  request: EntityListRequest,
): Promise<{ total: number; entities: EntityRecord[] }> {
  const [row] = await runner.read('entity/page', { ...request });
  return { total: Number(row?.total ?? 0), entities: (row?.entities ?? []) as EntityRecord[] };
}
