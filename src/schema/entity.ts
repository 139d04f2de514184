import type { GraphQLResolveInfo } from 'graphql';
import { articleEntities } from '../graph/article.js';
import {
  entitiesByIds,
  entityArticlePages,
  entityByName,
  entityCatalogFacts,
  entityDetails,
  entityMeetings,
  mentionCounts,
} from '../graph/entity.js';
import type { EntityListParts, EntityParts, MeetingParts } from '../graph/parts.js';
import type { QueryRunner } from '../graph/runner.js';
import type { EntityDetails, EntityLabel, EntityRecord, MeetingRecord } from '../graph/records.js';
import { articlePageRelation, articlePages } from './article-pages.js';
import { builder } from './builder.js';
import type { GraphContext } from './context.js';
import { badInput } from './errors.js';
import { pagedComplexity } from './limits.js';
import {
  type ChildField,
  carriedOrLoaded,
  declareNodeReader,
  declareParts,
  declareRelation,
  fallbackLoader,
  mergeParts,
  type PlanSite,
  planOfField,
  planRecords,
  type RecordPlan,
  sameOrNone,
  siteOf,
  valuesOfField,
} from './reads.js';
import { ArticleConnection, City, Country, Entity, Organization, Person } from './refs.js';
import { type NodeSelection, selectionOf } from './selection.js';

// The Entity interface (people, countries, cities, organizations): its shared fields, each
// batched per request, and the name lookup `entity(name:)`.

// Which fields (of any entity type) need an entity record's details.
declareParts('Entity', {
  details: ['nameDe', 'nameEn', 'aliases', 'role', 'status', 'isoCode', 'evidence'],
});

// An entity's page of articles and the meetings it took part in can come with its record, and
// their rows with what they carry in turn.
declareRelation('Entity', 'articles', articlePageRelation('articles', true));
declareRelation<MeetingParts>('Entity', 'meetings', {
  fields: ['meetings'],
  // A city's meetings are those held there: another statement (city/meetings).
  parentTypes: ['Person', 'Country'],
  nests: true,
  plan: (child, context, carry) => {
    const rows = planRecords<MeetingParts>('Meeting', child.values, child, context, { carry });
    return { parts: rows.parts, rows };
  },
  merge: sameOrNone,
  answer: (carried) => carried,
  records: (carried) => carried as MeetingRecord[],
});

// node(id) of an entity reads what its selection carries with it (its page of articles).
for (const [kind, ref] of [
  ['Person', Person],
  ['Country', Country],
  ['City', City],
  ['Organization', Organization],
] as const) {
  declareNodeReader(kind, {
    kind: 'Entity',
    read: async (ids, parts: EntityParts, context) =>
      (await entitiesByIds(context.runner, ids, parts)).filter((entity) => entity.kind === kind),
    prime: (context, record: EntityRecord) => {
      ref.getDataloader(context).prime(record.id, record);
    },
  });
}

/** What entity records selected like `values` read, and (`carry`) which relations they carry. */
export function entityPlan(
  values: readonly NodeSelection[],
  site: PlanSite,
  context: GraphContext,
  carry: boolean,
): RecordPlan<EntityParts> {
  return planRecords<EntityParts>('Entity', values, site, context, { carry });
}

/** The parts of plain entity records (no relations carried) that the field being resolved returns. */
export function entityParts(
  info: GraphQLResolveInfo,
  context: GraphContext,
  field?: string,
): EntityParts {
  const { values } = selectionOf(info);
  return entityPlan(
    field ? valuesOfField(info, values, field) : values,
    siteOf(info),
    context,
    false,
  ).parts;
}

// Records read without their details get them here, one statement per batch.
const entityDetailsLoader = fallbackLoader('Entity', entityDetails);

// Wikidata item, population and coordinates: one statement per batch, only when a request names one
// (read apart from the details, so the record projections stay as they are).
export const ENTITY_FACT_FIELDS: ReadonlySet<string> = new Set([
  'wikidataId',
  'population',
  'latitude',
  'longitude',
]);
const entityFactsLoader = fallbackLoader('Entity', entityCatalogFacts);

/** The catalog facts (wikidataId, population, coordinates) of an entity. */
export function entityFactsOf(entity: EntityRecord, context: GraphContext) {
  return entityFactsLoader(context).load(entity.id);
}

/** The detail fields of every entity type resolve through this. */
export function entityDetailsOf(
  entity: EntityRecord,
  context: GraphContext,
): EntityDetails | Promise<EntityDetails> {
  return entity.details ?? entityDetailsLoader(context).load(entity.id);
}

Entity.implement({
  description: 'Something articles name: a person, country, city or organization.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (entity) => entity.kind,
  fields: (t) => ({
    name: t.exposeString('name'),
    nameDe: t.string({
      nullable: true,
      description: 'German name.',
      resolve: async (entity, _args, context) => (await entityDetailsOf(entity, context)).nameDe,
    }),
    nameEn: t.string({
      nullable: true,
      description: 'English name.',
      resolve: async (entity, _args, context) => (await entityDetailsOf(entity, context)).nameEn,
    }),
    aliases: t.stringList({
      description: 'Other spellings and transliterations.',
      resolve: async (entity, _args, context) => (await entityDetailsOf(entity, context)).aliases,
    }),
    wikidataId: t.string({
      nullable: true,
      description: 'Wikidata item ("Q406"), where the catalog knows it.',
      resolve: async (entity, _args, context) => (await entityFactsOf(entity, context)).wikidataId,
    }),
    mentionCount: t.loadable({
      type: 'Int',
      description: 'Mentions over all articles.',
      load: async (ids: string[], context) => {
        const counts = await mentionCounts(context.runner, ids);
        return ids.map((id) => counts.get(id) ?? 0);
      },
      resolve: (entity) => entity.id,
    }),
    articles: t.loadable({
      type: ArticleConnection,
      description: 'Articles that mention this entity, oldest first.',
      complexity: pagedComplexity,
      args: {
        first: t.arg.int(),
        after: t.arg.string(),
        from: t.arg({ type: 'DateTime', description: 'Published at or after.' }),
        to: t.arg({ type: 'DateTime', description: 'Published before.' }),
      },
      byPath: true,
      load: (entityIds: string[], context, args, info) =>
        articlePages(entityIds, context, args, info, (ids, page) =>
          entityArticlePages(context.runner, ids, page),
        ),
      resolve: (entity) => entity.id,
    }),
  }),
});

/** Puts entity records that came with another batch into the entity loader: no statement for them. */
export function primeEntities(context: GraphContext, entities: readonly EntityRecord[]): void {
  const loader = Entity.getDataloader(context);
  for (const entity of entities) loader.prime(entity.id, entity);
}

/** A byPath loader of the meetings each entity (or city) took part in, by `read`: one statement per batch. */
export function meetingsLoader(
  read: (
    context: GraphContext,
    ids: string[],
    parts: MeetingParts,
  ) => Promise<Map<string, MeetingRecord[]>>,
) {
  return async (ids: string[], context: GraphContext, _args: unknown, info: GraphQLResolveInfo) => {
    const plan = planOfField<MeetingParts>('Meeting', info, context);
    return carriedOrLoaded(context, info, ids, async (missing) => {
      const byParent = await read(context, missing, plan.parts);
      plan.prime(context, [...byParent.values()].flat());
      return missing.map((id) => byParent.get(id) ?? []);
    });
  };
}

/** A byPath loader of the entities related to each parent by `read` (one statement per batch); `none` for a parent without. */
export function relatedEntitiesLoader<T>(
  read: (
    runner: QueryRunner,
    ids: readonly string[],
    entity: EntityParts,
  ) => Promise<Map<string, T>>,
  none: T,
) {
  return async (ids: string[], context: GraphContext, _args: unknown, info: GraphQLResolveInfo) => {
    const byParent = await read(context.runner, ids, entityParts(info, context));
    return ids.map((id) => byParent.get(id) ?? none);
  };
}

/** Meetings each entity took part in. */
export const meetingsOf = meetingsLoader((context, ids, parts) =>
  entityMeetings(context.runner, ids, parts),
);

// Article.entities and the lists of one kind (people, countries, cities, organizations) all read
// the article's mentioned entities; a parent's statement can carry them once for all of them.
const ENTITY_LIST_FIELDS: Record<string, EntityLabel | null> = {
  entities: null,
  people: 'Person',
  countries: 'Country',
  cities: 'City',
  organizations: 'Organization',
};

function labelsOf(field: string, kind: unknown): string[] | null {
  const label = ENTITY_LIST_FIELDS[field] ?? (typeof kind === 'string' ? kind : null);
  return label ? [label] : null;
}

declareRelation<EntityListParts>('Article', 'entities', {
  fields: Object.keys(ENTITY_LIST_FIELDS),
  plan: (child: ChildField, context) => ({
    parts: {
      labels: labelsOf(child.name, child.args.kind),
      entity: entityPlan(child.values, child, context, false).parts,
    },
  }),
  merge: (a, b) => ({
    labels:
      a.labels === null || b.labels === null ? null : [...new Set([...a.labels, ...b.labels])],
    entity: mergeParts(a.entity, b.entity),
  }),
  answer: (carried, child) => {
    const labels = labelsOf(child.name, child.args.kind);
    const entities = carried as EntityRecord[];
    return labels ? entities.filter((entity) => labels.includes(entity.kind)) : entities;
  },
});

/**
 * A byPath loader of an article's mentioned entities (of one label, or all). The entities carry no
 * relations of their own: one entity is named by many of a batch's articles, and a carried page
 * would be read once per article that names it, where its own batch reads it once per entity.
 */
export function articleEntitiesLoader(label: EntityLabel | null) {
  return async (
    articleIds: string[],
    context: GraphContext,
    args: { kind?: string | null },
    info: GraphQLResolveInfo,
  ) => {
    const plan = entityPlan(selectionOf(info).values, siteOf(info), context, false);
    const labels = label ? [label] : args.kind ? [args.kind] : null;
    return carriedOrLoaded(context, info, articleIds, async (missing) => {
      const byArticle = await articleEntities(context.runner, missing, {
        labels,
        entity: plan.parts,
      });
      plan.prime(context, [...byArticle.values()].flat());
      return missing.map((id) => byArticle.get(id) ?? []);
    });
  };
}

builder.queryFields((t) => ({
  entity: t.field({
    type: Entity,
    nullable: true,
    description:
      'The entity a name, alias or inflected form refers to ("Putins" → Wladimir Putin).',
    args: { name: t.arg.string({ required: true }) },
    resolve: async (_root, args, context, info) => {
      const name = args.name.trim();
      if (name.length === 0 || name.length > 200) {
        throw badInput('name', 'name must be 1 to 200 characters');
      }
      const plan = entityPlan(selectionOf(info).values, siteOf(info), context, true);
      const entity = await entityByName(context.runner, name, plan.parts);
      if (entity) plan.prime(context, [entity]);
      return entity;
    },
  }),
}));

/** What every entity type (Person, Country, City, Organization) shares besides its own fields. */
export function entityTypeOptions(kind: EntityLabel) {
  return {
    interfaces: [Entity],
    isTypeOf: (value: unknown) => (value as EntityRecord).kind === kind,
  };
}
