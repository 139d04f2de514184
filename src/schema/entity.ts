import { GraphQLError } from 'graphql';
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
import type { EntityDetails, EntityLabel, EntityRecord } from '../graph/records.js';
import {
  Article,
  ArticleConnection,
  articleConnection,
  articleCursor,
  articlePageOptions,
  EntityKind,
  Mention,
} from './article.js';
import { builder } from './builder.js';
import type { GraphContext } from './context.js';
import { fallbackLoader, meetingParts } from './heavy-fields.js';
import { pagedComplexity, pageSizeOf } from './limits.js';

// The Entity interface (people, countries, cities, organizations): its shared fields, each
// batched per request, and the name lookup `entity(name:)`.

// Records read without their details (the request's document named no detail field:
// heavy-fields.ts) get them here, one statement per batch.
const entityDetailsLoader = fallbackLoader('Entity', entityDetails);

// Wikidata item, population and coordinates: one statement per batch, only when a request names one
// (read apart from the details, so the record projections stay as they are).
export const ENTITY_FACT_FIELDS: ReadonlySet<string> = new Set(['wikidataId', 'population', 'latitude', 'longitude']);
const entityFactsLoader = fallbackLoader('Entity', entityCatalogFacts);

/** The catalog facts (wikidataId, population, coordinates) of an entity. */
export function entityFactsOf(entity: EntityRecord, context: GraphContext) {
  return entityFactsLoader(context).load(entity.id);
}

/** The detail fields (ENTITY_DETAIL_FIELDS) of every entity type resolve through this. */
export function entityDetailsOf(entity: EntityRecord, context: GraphContext): EntityDetails | Promise<EntityDetails> {
  return entity.details ?? entityDetailsLoader(context).load(entity.id);
}

export const Entity = builder.loadableInterfaceRef('Entity', {
  load: (ids: string[], context) => entitiesByIds(context.runner, ids, context.heavyFields.entityDetails),
  sort: (entity: EntityRecord) => entity.id,
});

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
      load: async (entityIds: string[], context, args) => {
        const limit = pageSizeOf(args.first, context.limits);
        const after = articleCursor(args.after);
        const pages = await entityArticlePages(
          context.runner,
          entityIds,
          { from: args.from ?? null, to: args.to ?? null },
          { cursorAt: after?.publishedAt ?? null, cursorId: after?.id ?? null },
          articlePageOptions(limit, context),
        );
        const byKey = new Map(pages.map((page) => [page.key, page]));
        return entityIds.map((id) => articleConnection(byKey.get(id), limit, after !== null)) as never;
      },
      resolve: (entity) => entity.id,
    }),
  }),
});

/** Puts entity records that came with another batch into the entity loader: no statement for them. */
export function primeEntities(context: GraphContext, entities: readonly EntityRecord[]): void {
  const loader = Entity.getDataloader(context);
  for (const entity of entities) loader.prime(entity.id, entity);
}

/** Meetings each entity took part in (records, one statement per batch, participants primed). */
export async function meetingsOf(ids: string[], context: GraphContext) {
  const { byEntity, participants } = await entityMeetings(
    context.runner,
    ids,
    meetingParts(context),
    context.heavyFields.entityDetails,
  );
  primeEntities(context, participants);
  return ids.map((id) => byEntity.get(id) ?? []);
}

/** Loads entities of one kind for a node type; an id of another kind loads as missing. */
export function entitiesOfKind(kind: EntityLabel) {
  return async (ids: string[], context: GraphContext) =>
    (await entitiesByIds(context.runner, ids, context.heavyFields.entityDetails)).filter((entity) => entity.kind === kind);
}

const LABEL_OF: Record<string, EntityLabel> = { Person: 'Person', Country: 'Country', City: 'City', Organization: 'Organization' };

builder.objectFields(Article, (t) => ({
  entities: t.loadableList({
    type: Entity,
    description: 'Entities the article mentions, most mentioned first; optionally of one kind.',
    args: { kind: t.arg({ type: EntityKind }) },
    byPath: true,
    load: async (articleIds: string[], context, args) => {
      const labels = args.kind ? [LABEL_OF[args.kind] as string] : null;
      const byArticle = await articleEntities(context.runner, articleIds, labels, context.heavyFields.entityDetails);
      return articleIds.map((id) => byArticle.get(id) ?? []) as never;
    },
    resolve: (article) => article.id,
  }),
}));

builder.queryFields((t) => ({
  entity: t.field({
    type: Entity,
    nullable: true,
    description: 'The entity a name, alias or inflected form refers to ("Putins" → Wladimir Putin).',
    args: { name: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      const name = args.name.trim();
      if (name.length === 0 || name.length > 200) {
        throw new GraphQLError('name must be 1 to 200 characters', { extensions: { code: 'BAD_USER_INPUT', argument: 'name' } });
      }
      return entityByName(context.runner, name, context.heavyFields.entityDetails);
    },
  }),
}));

builder.objectField(Mention, 'entity', (t) =>
  t.field({ type: Entity, description: 'The entity named.', resolve: (mention) => mention.entity }),
);
