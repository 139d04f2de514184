import {
  type ArticleRecord,
  articleDetails,
  articleMeetings,
  articleMentionPages,
  articleOutlets,
  articlePage,
  articlePublishedAt,
  articlesByIds,
  articleTexts,
} from '../graph/article.js';
import { literalLuceneQuery } from '../graph/fulltext.js';
import { articleEntitiesLoader, carriedEntities } from './article-entities.js';
import { articleCursor, articleCursorKey, articlePlan } from './article-pages.js';
import { builder } from './builder.js';
import { decodeCursor } from './cursor.js';
import { entityParts } from './entity-reads.js';
import { rawId } from './global-ids.js';
import {
  ArticleField,
  ArticleOrderField,
  EntityKind,
  MentionKind,
  SortDirection,
} from './enums.js';
import { pagedComplexity, pageSizeOf } from './limits.js';
import { meetingsLoader } from './meeting-lists.js';
import { toConnection } from './pagination.js';
import { needs, nodeReader, notCarried, recordPart, siteOf } from './reads.js';
import { ArticleRecords } from './record-kinds.js';
import {
  Article,
  ArticleConnection,
  City,
  Region,
  Country,
  Entity,
  Meeting,
  Mention,
  MentionConnection,
  Organization,
  Outlet,
  Person,
} from './refs.js';
import { selectionOf } from './selection.js';

// Article: the node with all its fields and relations (each batched per request), its mentions,
// and the root `articles` list. Pages of articles under other types: article-pages.ts; the
// entities an article mentions: article-entities.ts.

// Parts of an article record that fields read (the rest need only id and title); a record read
// without one gets it per batch.
const textPart = recordPart(
  ArticleRecords,
  'text',
  (article: ArticleRecord) => article.text,
  articleTexts,
);
const detailsPart = recordPart(
  ArticleRecords,
  'details',
  (article: ArticleRecord) => article.details,
  articleDetails,
);
const publishedAtPart = recordPart(
  ArticleRecords,
  'publishedAt',
  (article: ArticleRecord) => article.publishedAtKey,
  articlePublishedAt,
);

/** node(id) of an article reads what its selection carries with it (its entities). */
export const articleNodeReader = nodeReader({
  kind: ArticleRecords,
  read: (ids, parts, context) => articlesByIds(context.runner, ids, parts),
  prime: (context, record: ArticleRecord) => {
    Article.getDataloader(context).prime(record.id, record);
  },
});

Article.implement({
  description: 'One dated news item from a page.',
  fields: (t) => ({
    title: t.exposeString('title'),
    publishedAt: t.field({
      type: 'DateTime',
      extensions: needs(publishedAtPart),
      // The offset stays, the zone id goes (a DateTime is RFC 3339): one string less per record to ship.
      resolve: async (article, _args, context) =>
        (await publishedAtPart.of(article, context)).replace(/\[.*\]$/, ''),
    }),
    lead: t.string({
      description: 'The first paragraph.',
      extensions: needs(textPart),
      resolve: async (article, _args, context) => (await textPart.of(article, context)).lead,
    }),
    body: t.string({
      description: 'Paragraphs after the lead, separated by a blank line.',
      extensions: needs(textPart),
      resolve: async (article, _args, context) => (await textPart.of(article, context)).body,
    }),
    text: t.string({
      description: 'Lead and body together.',
      extensions: needs(textPart),
      resolve: async (article, _args, context) => {
        const { lead, body } = await textPart.of(article, context);
        return [lead, body].filter(Boolean).join('\n\n');
      },
    }),
    signature: t.string({
      nullable: true,
      description: 'Agency/author line, e.g. RMF/ps.',
      extensions: needs(textPart),
      resolve: async (article, _args, context) => (await textPart.of(article, context)).signature,
    }),
    photoCredits: t.stringList({
      extensions: needs(textPart),
      resolve: async (article, _args, context) =>
        (await textPart.of(article, context)).photoCredits,
    }),
    captions: t.stringList({
      extensions: needs(textPart),
      resolve: async (article, _args, context) => (await textPart.of(article, context)).captions,
    }),
    language: t.string({
      extensions: needs(detailsPart),
      resolve: async (article, _args, context) => (await detailsPart.of(article, context)).language,
    }),
    url: t.string({
      nullable: true,
      extensions: needs(detailsPart),
      resolve: async (article, _args, context) => (await detailsPart.of(article, context)).url,
    }),
    degraded: t.boolean({
      description: 'True when some text survived only in a copy that lost its non-ASCII letters.',
      extensions: needs(detailsPart),
      resolve: async (article, _args, context) => (await detailsPart.of(article, context)).degraded,
    }),
    mentions: t.loadable({
      type: MentionConnection,
      description: 'Mentions in reading order (title, lead, body, captions).',
      args: { first: t.arg.int(), after: t.arg.string() },
      complexity: pagedComplexity,
      byPath: true,
      load: async (articleIds: string[], context, args, info) => {
        const limit = pageSizeOf(args.first, context.limits);
        const offset = args.after ? Number(decodeCursor(args.after, 1)[0]) + 1 : 0;
        const pages = await articleMentionPages(
          context.runner,
          articleIds,
          offset,
          limit + 1,
          entityParts(info, context, 'entity'),
        );
        const byKey = new Map(pages.map((page) => [page.key, page]));
        return articleIds.map((id) => {
          const page = byKey.get(id);
          return toConnection(
            page?.rows ?? [],
            limit,
            page?.total ?? 0,
            offset > 0,
            (_m, index) => [offset + index],
          );
        });
      },
      resolve: (article) => article.id,
    }),
    outlet: t.loadable({
      type: Outlet,
      nullable: true,
      load: async (ids: string[], context) => {
        const byArticle = await articleOutlets(context.runner, ids);
        return ids.map((id) => byArticle.get(id) ?? null);
      },
      resolve: (article) => article.id,
    }),
    entities: t.loadableList({
      type: Entity,
      description: 'Entities the article mentions, most mentioned first; optionally of one kind.',
      args: { kind: t.arg({ type: EntityKind }) },
      extensions: needs(carriedEntities(null)),
      byPath: true,
      load: articleEntitiesLoader(null),
      resolve: (article) => article.id,
    }),
    people: t.loadableList({
      type: Person,
      description: 'People the article mentions.',
      extensions: needs(carriedEntities('Person')),
      byPath: true,
      load: articleEntitiesLoader('Person'),
      resolve: (article) => article.id,
    }),
    countries: t.loadableList({
      type: Country,
      description: 'Countries the article mentions (by name, adjective or metonym).',
      extensions: needs(carriedEntities('Country')),
      byPath: true,
      load: articleEntitiesLoader('Country'),
      resolve: (article) => article.id,
    }),
    cities: t.loadableList({
      type: City,
      description: 'Cities the article mentions.',
      extensions: needs(carriedEntities('City')),
      byPath: true,
      load: articleEntitiesLoader('City'),
      resolve: (article) => article.id,
    }),
    regions: t.loadableList({
      type: Region,
      description: 'Regions the article mentions (states, historical regions, disputed areas).',
      extensions: needs(carriedEntities('Region')),
      byPath: true,
      load: articleEntitiesLoader('Region'),
      resolve: (article) => article.id,
    }),
    organizations: t.loadableList({
      type: Organization,
      description: 'Organizations the article mentions.',
      extensions: needs(carriedEntities('Organization')),
      byPath: true,
      load: articleEntitiesLoader('Organization'),
      resolve: (article) => article.id,
    }),
    meetings: t.loadableList({
      type: Meeting,
      description: 'Meetings the article reports.',
      extensions: needs(notCarried('no slot in the article record: its own batch')),
      byPath: true,
      load: meetingsLoader((context, ids, parts) => articleMeetings(context.runner, ids, parts)),
      resolve: (article) => article.id,
    }),
  }),
});

Mention.implement({
  description: 'One place where an article names an entity, with the evidence sentence.',
  fields: (t) => ({
    surface: t.exposeString('surface', { description: 'The words as written, e.g. "Putins".' }),
    field: t.field({
      type: ArticleField,
      resolve: (m) => m.field.toUpperCase() as 'TITLE' | 'LEAD' | 'BODY' | 'CAPTION',
    }),
    start: t.exposeInt('start', { description: 'Offset (UTF-16) into the field.' }),
    end: t.exposeInt('end'),
    sentence: t.exposeString('sentence'),
    kind: t.field({ type: MentionKind, resolve: (m) => m.kind }),
    entity: t.field({
      type: Entity,
      description: 'The entity named.',
      resolve: (mention) => mention.entity,
    }),
  }),
});

builder.queryFields((t) => ({
  articles: t.field({
    type: ArticleConnection,
    description: 'Articles, filtered and keyset-paged; oldest first unless orderBy says otherwise.',
    complexity: pagedComplexity,
    args: {
      where: t.arg({ type: ArticleWhere, required: false }),
      orderBy: t.arg({ type: ArticleOrder, required: false }),
      first: t.arg.int({ description: 'Page size (default 20, at most 100).' }),
      after: t.arg.string(),
    },
    resolve: async (_root, args, context, info) => {
      const limit = pageSizeOf(args.first, context.limits);
      const after = articleCursor(args.after);
      // Blank text filters nothing; any other text is matched as literal words.
      const text = args.where?.text != null ? literalLuceneQuery(args.where.text) : null;
      const { values, connection } = selectionOf(info);
      const plan = articlePlan(values, connection, siteOf(info), context, true);
      const { total, articles } = await articlePage(context.runner, {
        limit: limit + 1,
        descending: args.orderBy?.direction === 'DESC',
        from: args.where?.from ?? null,
        to: args.where?.to ?? null,
        mentions: args.where?.mentions
          ? args.where.mentions.map((id) => rawId(String(id), 'where.mentions'))
          : null,
        text,
        after,
        withTotal: connection.totalCount,
        article: plan.parts,
      });
      plan.prime(context, articles);
      return toConnection(articles, limit, total, after !== null, articleCursorKey);
    },
  }),
}));

export const ArticleOrder = builder.inputType('ArticleOrder', {
  fields: (t) => ({
    field: t.field({ type: ArticleOrderField, defaultValue: 'PUBLISHED_AT' }),
    direction: t.field({ type: SortDirection, defaultValue: 'ASC' }),
  }),
});

export const ArticleWhere = builder.inputType('ArticleWhere', {
  fields: (t) => ({
    from: t.field({ type: 'DateTime', description: 'Published at or after.' }),
    to: t.field({ type: 'DateTime', description: 'Published before.' }),
    mentions: t.idList({ description: 'Entity ids the article must all mention.' }),
    text: t.string({
      description: 'Words to find in title, lead or body (German stemming; matched literally).',
    }),
  }),
});
