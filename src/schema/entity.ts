import { entityArticlePages, mentionCounts } from '../graph/entity.js';
import type { EntityLabel, EntityRecord } from '../graph/records.js';
import { articlePageRelation, articlePages } from './article-pages.js';
import { builder } from './builder.js';
import { entityDetailsPart, entityFactsOf } from './entity-reads.js';
import { pagedComplexity } from './limits.js';
import { needs } from './reads.js';
import { EntityRecords } from './record-kinds.js';
import { ArticleConnection, Entity } from './refs.js';

// The Entity interface (people, countries, cities, organizations): its shared fields, each
// batched per request. Each entity type's own file adds its fields; root lookups: entity-queries.ts.

// An entity's page of articles can come with its record, and the articles with what they carry.
const carriedArticles = articlePageRelation(EntityRecords, 'articles', true);

Entity.implement({
  description: 'Something articles name: a person, country, city, region or organization.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (entity) => entity.kind,
  fields: (t) => ({
    name: t.exposeString('name'),
    nameDe: t.string({
      nullable: true,
      description: 'German name.',
      extensions: needs(entityDetailsPart),
      resolve: async (entity, _args, context) =>
        (await entityDetailsPart.of(entity, context)).nameDe,
    }),
    nameEn: t.string({
      nullable: true,
      description: 'English name.',
      extensions: needs(entityDetailsPart),
      resolve: async (entity, _args, context) =>
        (await entityDetailsPart.of(entity, context)).nameEn,
    }),
    aliases: t.stringList({
      description: 'Other spellings and transliterations.',
      extensions: needs(entityDetailsPart),
      resolve: async (entity, _args, context) =>
        (await entityDetailsPart.of(entity, context)).aliases,
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
      extensions: needs(carriedArticles),
      byPath: true,
      load: (entityIds: string[], context, args, info) =>
        articlePages(entityIds, context, args, info, (ids, page) =>
          entityArticlePages(context.runner, ids, page),
        ),
      resolve: (entity) => entity.id,
    }),
  }),
});

/** What every entity type (Person, Country, City, Organization) shares besides its own fields. */
export function entityTypeOptions(kind: EntityLabel) {
  return {
    interfaces: [Entity],
    isTypeOf: (value: unknown) => (value as EntityRecord).kind === kind,
  };
}
